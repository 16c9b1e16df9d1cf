package dev.cordial.it.jersey;

import dev.cordial.it.verifier.VerifierContract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Capability;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.ExplicitlyRegisteredApp;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.NoAutoDiscoveryApp;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every shared contract on Jersey (Grizzly), Cordial registered by auto-discovery only; and the CORS
 * contract again with Cordial registered by hand, and with auto-discovery off.
 */
// ENCODED_SLASHES: Grizzly answers 500 to %2F before Jersey sees the request;
// PLATFORM_CONFIGURATION: standalone Jersey has no configuration file of its own
@Lacks({Capability.ENCODED_SLASHES, Capability.PLATFORM_CONFIGURATION})
class JerseyTck extends CordialTck {

    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }

    /** The CORS contract with Cordial also registered by hand, as a class and an instance. */
    @Nested
    class ExplicitRegistration extends Cors {
        @Override
        protected Application application() {
            return new ExplicitlyRegisteredApp();
        }
    }

    /**
     * The CORS contract with {@code jersey.config.server.disableAutoDiscovery}: registering
     * {@code CordialFeature} is all it takes.
     */
    @Nested
    class NoAutoDiscovery extends Cors {
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

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return JerseyTck.this.start(VerifierContract.class, app);
        }
    }
}
