package dev.cordial.it.tomcat;

import org.junit.jupiter.api.Nested;
import dev.cordial.it.verifier.VerifierContract;
import dev.cordial.it.app.Capability;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Every shared contract on the RESTEasy servlet in Tomcat 11, under a context path and a servlet mapping. */
// GENERIC_BODIES: RESTEasy looks for a reader of the erased type (Object) and answers 415 itself;
// PLATFORM_CONFIGURATION: a servlet container has no configuration file of its own
// STARTUP_EVENT: RESTEasy gives no application-started event to providers: the startup line comes with the first request
@Lacks({Capability.GENERIC_BODIES, Capability.PLATFORM_CONFIGURATION, Capability.STARTUP_EVENT})
class TomcatTck extends CordialTck {

    @Override
    protected RunningServer start(Application app) throws Exception {
        return TomcatServer.start(app, 0);
    }

    @Override
    protected RunningServer start(Class<?> contract, Application app) throws Exception {
        if (contract == PreflightContract.class) {
            // Tomcat answers 400 to %2F by default (TomcatDefaultsTest); passed through, RESTEasy and Cordial must agree on it.
            return TomcatServer.start(app, 0, TomcatServer.Setup.ENCODED_SLASHES);
        }
        return start(app);
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return TomcatTck.this.start(VerifierContract.class, app);
        }
    }
}
