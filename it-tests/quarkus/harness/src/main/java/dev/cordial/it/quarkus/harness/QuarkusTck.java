package dev.cordial.it.quarkus.harness;

import dev.cordial.it.app.PackagedApp;
import dev.cordial.it.app.ProcessTck;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.verifier.VerifierContract;
import jakarta.ws.rs.core.Application;
import java.util.List;
import org.junit.jupiter.api.Nested;

/**
 * Every shared contract against the packaged Quarkus application of the module under test: the
 * shared test application as {@link PackagedApp}, run by {@code java -jar} in its own process, one
 * process for the whole suite ({@link ProcessTck}: a contract's own {@link Application} is not used,
 * the package holds one).
 */
public abstract class QuarkusTck extends ProcessTck<QuarkusApp> {

    @Override
    protected QuarkusApp startServer() throws Exception {
        return QuarkusApp.start(getClass().getSimpleName());
    }

    @Override
    protected List<String> output(QuarkusApp app) {
        return app.output();
    }

    /**
     * Methods and policies Cordial binds in {@link PackagedApp}: TestApp's 32 methods under 16
     * policies and HostileApp's 12 under 4, as Jersey and RESTEasy count those applications, the
     * 2 methods of {@code ContractResources.ParentResource}, a root resource TestApp leaves out and
     * Quarkus serves since it serves every resource it indexed (under the policy its subclass
     * {@code ChildResource} inherits, so no new one), and {@code BrokenConfigApps.UnsetPropertyResource}.
     */
    private static final String EXPECTED_SUMMARY = "Cordial: 47 resource methods bound under 21 policies";

    @Override
    protected String expectedSummary() {
        return EXPECTED_SUMMARY;
    }

    /** Quarkus's own order of things: the line comes with the first request (Quarkus REST configures resources lazily). */
    @Override
    protected boolean summaryWithFirstRequest() {
        return true;
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return QuarkusTck.this.start(VerifierContract.class, app);
        }
    }
}
