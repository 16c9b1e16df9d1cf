package dev.cordial.it.resteasy;

import dev.cordial.it.app.AppManifests;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.TestApp;
import dev.cordial.testing.CordialVerifier;
import dev.cordial.testing.VerificationReport;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** cordial-testing's verifier, with the shared application's manifests, passes against this row's server. */
class ResteasyVerifierTest {

    @Test
    void theVerifierPassesAgainstThisRow() throws Exception {
        Set<String> served = AppManifests.servedBy(new TestApp());
        try (RunningServer server = ResteasyServer.start(new TestApp(), 0)) {
            VerificationReport report = CordialVerifier.forManifests(AppManifests.classPathRoot())
                    .routes(route -> served.contains(route.resource())).baseUrl(server.baseUri())
                    .origin("/preview", "https://tenant.preview.example.com").allowUnsafeMethods().verify();
            System.out.println("Resteasy: " + report.summary());
            report.assertPassed();
        }
    }
}
