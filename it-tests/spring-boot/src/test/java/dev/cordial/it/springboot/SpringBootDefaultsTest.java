package dev.cordial.it.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Invocations;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.ServerCase;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spring Boot's defaults (Jersey servlet in Tomcat, under /shop/api), which the contracts' setup changes. */
class SpringBootDefaultsTest extends ServerCase {
    @Override
    protected RunningServer start(Application app) {
        return SpringBootServer.start(app);
    }

    @Test
    @DisplayName("Tomcat's default: an encoded slash is refused with Tomcat's own 400 before Jersey, without CORS headers")
    void encodedSlashRefusedByTomcat() throws Exception {
        int removed = Invocations.count("secure.remove");
        HttpResponse<String> r = send(request("secure/items/a%2Fb", ADMIN).header("Cookie", "session=ok").DELETE());
        assertThat(r.statusCode()).isEqualTo(400);
        assertNoCors(r);
        assertThat(Invocations.count("secure.remove")).isEqualTo(removed);
    }
}
