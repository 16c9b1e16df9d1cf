package dev.cordial.it.cxf;

import dev.cordial.it.verifier.VerifierContract;
import dev.cordial.it.app.Capability;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.ExplicitlyRegisteredApp;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Nested;

/**
 * Every shared contract on Apache CXF's standalone server (Jetty transport), Cordial found through
 * CXF's bus extensions with no registration in the application; and the CORS contract again with
 * Cordial registered by hand as well.
 */
// STARTUP_EVENT: CXF gives no application-started event to Jakarta REST providers: the startup line comes with the first request
@Lacks({Capability.PLATFORM_CONFIGURATION, Capability.STARTUP_EVENT}) // standalone CXF has no configuration file of its own
class CxfTck extends CordialTck {

    @Override
    protected RunningServer start(Application app) {
        return CxfServer.start(app, 0);
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
            return CxfTck.this.start(VerifierContract.class, app);
        }
    }
}
