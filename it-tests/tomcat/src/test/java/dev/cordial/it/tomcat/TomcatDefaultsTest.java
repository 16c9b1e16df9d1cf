package dev.cordial.it.tomcat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Invocations;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.ServerCase;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What Tomcat does out of the box where a contract, run with {@link TomcatServer.Setup#ENCODED_SLASHES}, expects otherwise. */
class TomcatDefaultsTest extends ServerCase {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return TomcatServer.start(app, 0, TomcatServer.Setup.DEFAULTS);
    }

    @Test
    @DisplayName("an encoded slash is refused by Tomcat with 400 before RESTEasy or Cordial see it")
    void encodedSlashRefused() throws Exception {
        int removed = Invocations.count("secure.remove");
        HttpResponse<String> r = send(request("secure/items/a%2Fb", ADMIN).DELETE().header("Cookie", "session=ok"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertNoCors(r);
        assertThat(Invocations.count("secure.remove")).isEqualTo(removed);
    }
}
