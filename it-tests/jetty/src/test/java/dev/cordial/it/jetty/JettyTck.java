package dev.cordial.it.jetty;

import org.junit.jupiter.api.Nested;
import dev.cordial.it.verifier.VerifierContract;
import dev.cordial.it.app.Capability;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Every shared contract on the Jersey servlet in Jetty 12, under a context path and a servlet mapping. */
@Lacks(Capability.PLATFORM_CONFIGURATION) // a servlet container has no configuration file of its own
class JettyTck extends CordialTck {

    @Override
    protected RunningServer start(Application app) throws Exception {
        return JettyServer.start(app, 0);
    }

    @Override
    protected RunningServer start(Class<?> contract, Application app) throws Exception {
        if (contract == PreflightContract.class) {
            // Jetty answers 400 to %2F by default (JettyDefaultsTest); passed through, Jersey and Cordial must agree on it.
            return JettyServer.start(app, 0, JettyServer.Setup.ENCODED_SLASHES);
        }
        return start(app);
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return JettyTck.this.start(VerifierContract.class, app);
        }
    }
}
