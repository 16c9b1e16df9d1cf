package dev.cordial.it.quarkus.harness;

import org.junit.jupiter.api.Nested;
import dev.cordial.it.verifier.VerifierContract;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Capability;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.PackagedApp;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every shared contract against the packaged Quarkus application of the module under test: the
 * shared test application as {@link PackagedApp}, run by {@code java -jar} in its own process, one
 * process for the whole suite. A contract's {@link Application} is not used (the package holds one);
 * contracts needing their own application need {@link Capability#STARTS_GIVEN_APPLICATION}. Counts
 * of {@code Invocations} are read over HTTP from the application's unannotated
 * {@code invocations/{name}}.
 */
@Lacks(Capability.STARTS_GIVEN_APPLICATION) // one application, built into the package, in another process
public abstract class QuarkusTck extends CordialTck {

    private static final Pattern SUMMARY = Pattern.compile("Cordial: (\\d+) resource methods? bound under (\\d+) polic");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private QuarkusApp app;
    private boolean announcedBeforeFirstRequest;

    private synchronized QuarkusApp app() throws IOException, InterruptedException {
        if (app == null) {
            app = QuarkusApp.start(getClass().getSimpleName());
            announcedBeforeFirstRequest = app.output().stream().anyMatch(l -> SUMMARY.matcher(l).find());
        }
        return app;
    }

    @AfterAll
    void stopApplication() {
        if (app != null) {
            app.close();
        }
    }

    /** The suite's one process; closing what a contract got leaves it running for the next contract. */
    @Override
    protected RunningServer start(Application ignored) throws Exception {
        QuarkusApp running = app();
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
     * Methods and policies Cordial binds in {@link PackagedApp}: TestApp's 32 methods under 16
     * policies and HostileApp's 12 under 4, as Jersey and RESTEasy count those applications, the
     * 2 methods of {@code ContractResources.ParentResource}, a root resource TestApp leaves out and
     * Quarkus serves since it serves every resource it indexed (under the policy its subclass
     * {@code ChildResource} inherits, so no new one), and {@code BrokenConfigApps.UnsetPropertyResource}.
     */
    private static final String EXPECTED_SUMMARY = "Cordial: 47 resource methods bound under 21 policies";

    /**
     * Quarkus's own order of things: the summary line comes with the first request (Quarkus REST
     * configures resources lazily), once. Runs before the contracts, on a fresh process.
     */
    @Test
    @DisplayName("a property set nowhere logs one WARN naming every place looked, MicroProfile Config included")
    void unsetPropertyWarning() throws Exception {
        QuarkusApp running = app();
        client.send(HttpRequest.newBuilder(running.baseUri().resolve("unset")).header("Origin", "https://app.example.com")
                .build(), HttpResponse.BodyHandlers.discarding());
        String expected = "\"cordial.it.unset.origins\" is set nowhere (looked in: JAX-RS configuration property,"
                + " MicroProfile Config, system property, environment variable CORDIAL_IT_UNSET_ORIGINS)";
        List<String> lines = List.of();
        for (int i = 0; i < 50 && lines.isEmpty(); i++) {
            lines = running.output().stream().filter(l -> l.contains("cordial.it.unset.origins")).toList();
            if (lines.isEmpty()) {
                Thread.sleep(20);
            }
        }
        assertThat(lines).as("warnings in the application's output").hasSize(1);
        assertThat(lines.get(0)).contains("WARN").contains(expected);
    }

    @Test
    @DisplayName("one INFO line 'Cordial: N resource methods bound under P policies', with the first request")
    void summaryLine() throws Exception {
        QuarkusApp running = app();
        assertThat(announcedBeforeFirstRequest).as("summary logged before the first request").isFalse();
        client.send(HttpRequest.newBuilder(running.baseUri().resolve("orders")).header("Origin", "https://app.example.com")
                .build(), HttpResponse.BodyHandlers.discarding());
        List<String> lines = List.of();
        for (int i = 0; i < 50 && lines.isEmpty(); i++) {
            lines = running.output().stream().filter(l -> SUMMARY.matcher(l).find()).toList();
            if (lines.isEmpty()) {
                Thread.sleep(20);
            }
        }
        assertThat(lines).as("summary lines in the application's output").hasSize(1);
        assertThat(lines.get(0)).contains("INFO").contains(EXPECTED_SUMMARY);
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
