package dev.cordial.it.payara;

import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.WarTck;
import dev.cordial.it.verifier.VerifierContract;
import jakarta.ws.rs.core.Application;
import org.junit.jupiter.api.Nested;

/**
 * Every shared contract against Payara Micro 7 serving this module's WAR: the shared application as
 * {@link PayaraApp} (found by Payara by its {@code @ApplicationPath}), one server process for the
 * whole suite ({@link WarTck}). Without a JDK 21+ every test is skipped
 * ({@link PayaraMicro#requireJava21()}).
 */
class PayaraTck extends WarTck<PayaraMicro> {

    @Override
    protected PayaraMicro startServer() throws Exception {
        return PayaraMicro.start(getClass().getSimpleName(), PayaraMicro.war());
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return PayaraTck.this.start(VerifierContract.class, app);
        }
    }
}
