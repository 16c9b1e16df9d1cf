package dev.cordial.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.testing.CordialVerifier;
import dev.cordial.testing.VerificationReport;
import java.net.URI;
import java.nio.file.Path;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The demo's API, on a loopback port chosen at run time, checked against its own manifests. */
class DemoVerifierTest {

    private static final String PAGE = "http://localhost:8080";

    @Test
    void theDemoEnforcesWhatItsCodeDeclares() {
        HttpServer api = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                ResourceConfig.forApplication(new DemoApp(PAGE)), true);
        try {
            int port = api.getListeners().iterator().next().getPort();
            VerificationReport report = CordialVerifier.forManifests(Path.of("target/classes"))
                    .baseUrl(URI.create("http://127.0.0.1:" + port + "/api/"))
                    .origin(PAGE) // the page origin arrives through originsProperty
                    .allowUnsafeMethods()
                    .verify();
            System.out.println(report);
            report.assertPassed();
            assertThat(report.lines()).as("the verifier checked something").hasSizeGreaterThan(20);
            assertThat(report.toString()).contains("PASS GET /notes allowed-origin");
        } finally {
            api.shutdownNow();
        }
    }
}
