package dev.cordial.it.resteasy;

import dev.cordial.it.verifier.VerifierContract;
import dev.cordial.it.app.Capability;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.ExplicitlyRegisteredApp;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Nested;

/**
 * Every shared contract on RESTEasy (Undertow), Cordial found through {@code META-INF/services};
 * and the CORS contract again with Cordial registered by hand.
 */
// GENERIC_BODIES: RESTEasy looks for a reader of the erased type (Object) and answers 415 itself;
// PLATFORM_CONFIGURATION: standalone RESTEasy has no configuration file of its own
// STARTUP_EVENT: RESTEasy gives no application-started event to providers: the startup line comes with the first request
@Lacks({Capability.GENERIC_BODIES, Capability.PLATFORM_CONFIGURATION, Capability.STARTUP_EVENT})
class ResteasyTck extends CordialTck {

    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }

    /** The CORS contract with Cordial also registered by hand, as a class and an instance. */
    @Nested
    class ExplicitRegistration extends Cors {
        @Override
        protected Application application() {
            return new ExplicitlyRegisteredApp();
        }
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return ResteasyTck.this.start(VerifierContract.class, app);
        }
    }
}
