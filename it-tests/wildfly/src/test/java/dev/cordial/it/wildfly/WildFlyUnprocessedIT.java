package dev.cordial.it.wildfly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.wildfly.WildFly.Unprocessed;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Fail closed on WildFly: a WAR whose annotated resource was compiled without the processor
 * (it-tests/unprocessed), Cordial beside it, dropped into deployments/ as users deploy.
 *
 * <p>WildFly starts the JAX-RS servlet of an {@code Application} subclass with the deployment (it
 * gives it load-on-startup 0): Cordial's refusal fails the deployment. WildFly keeps running, as for
 * any failed deployment; what an operator sees is {@code cordial.war.failed} beside the WAR, with
 * Cordial's message, WildFly's "started (with errors)" line, and 404 from WildFly itself under the
 * context root. The default application's servlet (web.xml's {@code jakarta.ws.rs.core.Application},
 * no subclass) is started by the first request, even when web.xml gives it {@code <load-on-startup>}
 * (WildFly 39 replaces that servlet's declaration with its own): the deployment succeeds, and every
 * request is answered 500 by WildFly, Cordial's message in the log, the resource never reached.
 */
class WildFlyUnprocessedIT {

    private static final String REFUSAL = "_CordialFilter does not exist";

    @Test
    @DisplayName("@ApplicationPath subclass: the deployment is marked failed, with Cordial's message and fix; 404 under its context root")
    void applicationSubclassRefused() throws Exception {
        deploymentRefused(Unprocessed.APPLICATION_SUBCLASS);
    }

    private void deploymentRefused(Unprocessed variant) throws Exception {
        String name = getClass().getSimpleName() + "-" + variant;
        try (WildFly server = WildFly.boot(name, WildFly.unprocessedWar(variant))) {
            String output = String.join("\n", server.output());
            assertThat(server.deploymentFailed()).as("cordial.war.failed written:\n" + output).isTrue();
            assertThat(server.deployed()).as("cordial.war.deployed written").isFalse();
            assertThat(server.failure()).as("cordial.war.failed").contains(REFUSAL);
            assertThat(output).contains(REFUSAL, "annotationProcessorPaths", "-proc:full");
            assertThat(server.startedWithErrors()).as("WFLYSRV0026, started with errors").isTrue();
            for (String path : new String[] {"/", "/api/unprocessed"}) {
                assertThat(server.status("/" + WildFly.CONTEXT_ROOT + path)).as(path).isEqualTo(404);
            }
            assertThat(server.exitCode()).as("WildFly keeps running").isEmpty();
            // The harness stops it as an operator would (SIGTERM to the server's JVM, then to
            // standalone.sh), and keeps its output to the end.
            server.close();
            assertThat(server.exitCode()).as("standalone.sh has exited").isPresent();
            assertThat(server.output()).as("WildFly's last line").anyMatch(l -> l.contains("WFLYSRV0050:") && l.contains("stopped in"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Unprocessed.class, names = {"WEB_XML", "WEB_XML_LOAD_ON_STARTUP"})
    @DisplayName("default application (web.xml, load-on-startup or not): deployed, but every request is answered 500 with Cordial's message logged")
    void defaultApplicationRefusedAtEachRequest(Unprocessed variant) throws Exception {
        try (WildFly server = WildFly.boot(getClass().getSimpleName() + "-" + variant, WildFly.unprocessedWar(variant))) {
            assertThat(server.deployed()).as("cordial.war.deployed written:\n" + String.join("\n", server.output())).isTrue();
            assertThat(server.output()).noneMatch(l -> l.contains(REFUSAL));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            for (int i = 1; i <= 2; i++) {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.baseUri().resolve("unprocessed"))
                        .header("Origin", "https://app.example.com").timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as("request " + i).isEqualTo(500);
                assertThat(r.body()).as("request " + i).doesNotContain("must never be served");
                assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as("request " + i).isEmpty();
            }
            assertThat(server.output()).as("Cordial's refusal, once per request")
                    .filteredOn(l -> l.contains(REFUSAL) && l.contains("annotationProcessorPaths")).hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
