package dev.cordial.it.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.NoAutoDiscoveryApp;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole CORS contract with {@code jersey.config.server.disableAutoDiscovery}: registering
 * {@code CordialFeature} is all it takes.
 */
class JerseyNoAutoDiscoveryTest extends JerseyCorsTest {
    @Override
    protected Application application() {
        return new NoAutoDiscoveryApp(true);
    }

    @Test
    @DisplayName("control: with auto-discovery off and nothing registered, Cordial is absent (so the contract above is not passing by discovery)")
    void absentWithoutRegistration() throws Exception {
        try (RunningServer bare = JerseyServer.start(new NoAutoDiscoveryApp(false), 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(bare.baseUri() + "orders")).header("Origin", APP).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }
}
