package dev.cordial.it.payara;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fail closed on Payara Micro: a WAR whose annotated resource was compiled without the processor
 * (it-tests/unprocessed, served as the JAX-RS default application by web.xml). Payara Micro
 * 7.2025.1 keeps running after a failed {@code --deploy} (it has no option to exit instead) and
 * still prints "ready"; what an operator sees is the deployment reported failed, with Cordial's
 * message, an empty "Deployed" list, and 404 from Payara itself under the context root: nothing of
 * the application is served.
 */
class PayaraUnprocessedIT {

    @Test
    @DisplayName("the deployment is reported failed, with the fix, and nothing is served under its context root")
    void deploymentRefused() throws Exception {
        try (PayaraMicro server = PayaraMicro.boot(getClass().getSimpleName(), PayaraMicro.unprocessedWar())) {
            String output = String.join("\n", server.output());
            System.out.println("PayaraUnprocessedIT: ready " + server.ready() + ", exit "
                    + server.exitCode().map(String::valueOf).orElse("none (still running)"));
            assertThat(server.deploymentFailed()).as("deployment reported failed:\n" + output).isTrue();
            assertThat(output).contains("_CordialFilter does not exist", "annotationProcessorPaths", "-proc:full");
            assertThat(output).as("the Deployed list").containsPattern("\"Deployed\": \\[\\s*\\]");
            if (server.exitCode().isEmpty()) {
                for (String path : new String[] {"/", "/api/unprocessed"}) {
                    assertThat(server.status("/" + PayaraMicro.CONTEXT_ROOT + path)).as(path).isEqualTo(404);
                }
            }
            assertThat(server.waitForExit(Duration.ofMillis(1))).as("Payara Micro keeps running").isEmpty();
        }
    }
}
