package dev.cordial.it.jetty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Invocations;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.ServerCase;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What Jetty and Jersey do out of the box where the contracts, run with {@link JettyServer.Setup}'s adjustments,
 * expect otherwise. Kept as tests so that a change on either side shows up here.
 */
class JettyDefaultsTest extends ServerCase {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return JettyServer.start(app, 0, JettyServer.Setup.DEFAULTS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"orders/missing", "orders/errors/boom"})
    @DisplayName("an error without entity becomes Jetty's error page: CORS headers kept, Vary dropped, no-store added")
    void errorPageDropsVary(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, APP);
        assertThat(r.statusCode()).isIn(404, 500);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
        assertThat(r.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("true");
        assertThat(r.headers().allValues("Vary")).isEmpty();
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    @DisplayName("an encoded slash is refused by Jetty with 400 before Jersey or Cordial see it")
    void encodedSlashRefused() throws Exception {
        int removed = Invocations.count("secure.remove");
        HttpResponse<String> r = send(request("secure/items/a%2Fb", ADMIN).DELETE().header("Cookie", "session=ok"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertNoCors(r);
        assertThat(Invocations.count("secure.remove")).isEqualTo(removed);
    }
}
