package dev.cordial.it.wildfly;

import dev.cordial.it.app.Capability;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.WarTck;
import dev.cordial.it.verifier.VerifierContract;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Nested;

/**
 * Every shared contract against WildFly serving this module's WAR, deployed by the deployment
 * scanner: the shared application as {@link WildFlyApp}, one server process for the whole suite. The
 * unset-property WARN names MicroProfile Config: WildFly's, from the default standalone.xml.
 */
// GENERIC_BODIES: WildFly's RESTEasy, as RESTEasy standalone, looks for a reader of the erased type (Object) and answers 415
// STARTUP_EVENT: RESTEasy gives providers no application-started event: the startup line comes with the first request
@Lacks({Capability.GENERIC_BODIES, Capability.STARTUP_EVENT})
class WildFlyTck extends WarTck<WildFly> {

    @Override
    protected WildFly startServer() throws Exception {
        return WildFly.start(getClass().getSimpleName(), WildFly.war());
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return WildFlyTck.this.start(VerifierContract.class, app);
        }
    }
}
