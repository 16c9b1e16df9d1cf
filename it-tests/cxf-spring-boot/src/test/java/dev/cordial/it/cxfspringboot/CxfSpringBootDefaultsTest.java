package dev.cordial.it.cxfspringboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Invocations;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.ServerCase;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spring Boot's defaults (CXFServlet in Tomcat, under /services/api), which the preflight contract's setup changes. */
class CxfSpringBootDefaultsTest extends ServerCase {
    @Override
    protected RunningServer start(Application app) {
        return CxfSpringBootServer.start(app);
    }

    @Test
    @DisplayName("Tomcat's default: an encoded slash is refused with Tomcat's own 400 before CXF, without CORS headers")
    void encodedSlashRefusedByTomcat() throws Exception {
        int removed = Invocations.count("secure.remove");
        HttpResponse<String> r = send(request("secure/items/a%2Fb", ADMIN).header("Cookie", "session=ok").DELETE());
        assertThat(r.statusCode()).isEqualTo(400);
        assertNoCors(r);
        assertThat(Invocations.count("secure.remove")).isEqualTo(removed);
    }
}
