package dev.cordial.it.verifier;

import dev.cordial.it.app.AppManifests;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.TestApp;
import dev.cordial.testing.CordialVerifier;
import dev.cordial.testing.VerificationReport;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * cordial-testing's verifier, with the shared application's manifests, against the row's own
 * server: what an operator runs against a deployment passes on every stack of the test command.
 * A row's suite nests one, saying how its server starts the shared application.
 */
public abstract class VerifierContract {

    /** Starts {@code app} on the row's server (a packaged row returns its running process). */
    protected abstract RunningServer start(Application app) throws Exception;

    @Test
    void theVerifierPassesAgainstThisRow() throws Exception {
        Set<String> served = AppManifests.servedBy(new TestApp());
        try (RunningServer server = start(new TestApp())) {
            VerificationReport report = CordialVerifier.forManifests(AppManifests.classPathRoot())
                    .routes(route -> served.contains(route.resource())).baseUrl(server.baseUri())
                    .origin("/preview", "https://tenant.preview.example.com").allowUnsafeMethods().verify();
            System.out.println(getClass().getName() + ": " + report.summary());
            report.assertPassed();
        }
    }
}
