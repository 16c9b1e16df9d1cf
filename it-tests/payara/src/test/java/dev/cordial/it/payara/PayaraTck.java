package dev.cordial.it.payara;

import org.junit.jupiter.api.Nested;
import dev.cordial.it.verifier.VerifierContract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Capability;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.HostileApp;
import dev.cordial.it.app.TestApp;
import java.util.HashMap;
import java.util.Map;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every shared contract against Payara Micro 7 serving this module's WAR: the shared application as
 * {@link PayaraApp} (found by Payara by its {@code @ApplicationPath}), one server process for the
 * whole suite. A contract's
 * {@link Application} is not used; contracts needing their own need
 * {@link Capability#STARTS_GIVEN_APPLICATION}. Counts of {@code Invocations} are read over HTTP.
 * Without a JDK 21+ every test is skipped ({@link PayaraMicro#requireJava21()}).
 */
@Lacks(Capability.STARTS_GIVEN_APPLICATION) // one application, built into the WAR, in another process
class PayaraTck extends CordialTck {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private PayaraMicro server;

    private synchronized PayaraMicro server() throws IOException, InterruptedException {
        if (server == null) {
            server = PayaraMicro.start(getClass().getSimpleName(), PayaraMicro.war());
        }
        return server;
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    /** The suite's one process; closing what a contract got leaves it running for the next contract. */
    @Override
    protected RunningServer start(Application ignored) throws Exception {
        PayaraMicro running = server();
        return new RunningServer() {
            @Override
            public URI baseUri() {
                return running.baseUri();
            }

            @Override
            public void close() {}
        };
    }

    @Override
    protected int invocations(RunningServer server, String name) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(server.baseUri().resolve("invocations/" + name))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("invocations/" + name).isEqualTo(200);
        return Integer.parseInt(r.body().trim());
    }

    /**
     * A key set nowhere, on a policy that still has the annotation's origins: the application starts,
     * and Payara's log has Cordial's WARN naming every place looked, MicroProfile Config among them.
     */
    @Test
    @DisplayName("a property set nowhere: one WARN in Payara's log naming the places looked, MicroProfile Config among them")
    void unsetPropertyWarns() throws Exception {
        PayaraMicro running = server();
        List<String> lines = running.output().stream()
                .filter(l -> l.contains('"' + UnsetPropertyResource.PROPERTY + '"') && l.contains("set nowhere")).toList();
        assertThat(lines).as("Payara's output:\n" + String.join("\n", running.output())).hasSize(1);
        assertThat(lines.get(0)).contains("WARN", "MicroProfile Config", UnsetPropertyResource.class.getName());
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(running.baseUri().resolve("unset"))
                .header("Origin", "https://app.example.com").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
    }

    /** The summary line, once: at deployment (Jersey says when it has started), at the latest by the first request. */
    @Test
    @DisplayName("one INFO line 'Cordial: N resource methods bound under P policies', by the first request")
    void summaryLine() throws Exception {
        PayaraMicro running = server();
        client.send(HttpRequest.newBuilder(running.baseUri().resolve("orders")).header("Origin", "https://app.example.com")
                .build(), HttpResponse.BodyHandlers.discarding());
        List<String> lines = List.of();
        for (int i = 0; i < 50 && lines.isEmpty(); i++) {
            lines = running.output().stream().filter(l -> l.contains("resource methods bound under")).toList();
            if (lines.isEmpty()) {
                Thread.sleep(20);
            }
        }
        assertThat(lines).as("Payara's output:\n" + String.join("\n", running.output())).hasSize(1);
        assertThat(lines.get(0)).contains("INFO", EXPECTED_SUMMARY);
    }

    /** As Payara's Jersey counts PayaraApp (TestApp's and HostileApp's classes and UnsetPropertyResource). */
    private static final String EXPECTED_SUMMARY = "Cordial: 45 resource methods bound under 21 policies";

    /** PayaraApp copies TestApp's and HostileApp's lists (those two cannot be in the WAR): they must not drift. */
    @Test
    @DisplayName("PayaraApp serves TestApp's and HostileApp's classes and properties")
    void payaraAppIsTheSharedApplication() {
        assertThat(PayaraApp.TEST_APP).isEqualTo(new TestApp().getClasses());
        assertThat(PayaraApp.HOSTILE_APP).isEqualTo(new HostileApp().getClasses());
        Map<String, Object> properties = new HashMap<>(new TestApp().getProperties());
        properties.putAll(new HostileApp().getProperties());
        assertThat(PayaraApp.PROPERTIES).isEqualTo(properties);
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
