package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shared contracts against one server process that serves the application built into it (a
 * WAR on Payara or WildFly), started at the first contract and stopped after the suite. A
 * contract's {@link Application} is not used; contracts needing their own need
 * {@link Capability#STARTS_GIVEN_APPLICATION}. Counts of {@link Invocations} are read over HTTP from
 * {@link InvocationsResource}. The row's own log is checked here too: the unset-property WARN and the
 * summary line.
 *
 * @param <S> the row's process harness
 */
@Lacks(Capability.STARTS_GIVEN_APPLICATION) // one application, built into the package, in another process
public abstract class ProcessTck<S extends RunningServer> extends CordialTck {

    /** A client for the suite's own requests. */
    protected final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private S server;
    private List<String> printedAtStart = List.of();

    /** Starts the suite's server, failing with its output unless it serves the application. */
    protected abstract S startServer() throws Exception;

    /** Every line {@code server} printed so far. */
    protected abstract List<String> output(S server);

    /** The summary line of the row's application, {@code "Cordial: N resource methods bound under P policies"}. */
    protected abstract String expectedSummary();

    /**
     * Whether the summary line comes with the first request, never before: where the stack gives
     * Cordial no started event ({@link Capability#STARTUP_EVENT}); elsewhere it may come either way.
     */
    protected boolean summaryWithFirstRequest() {
        return !has(Capability.STARTUP_EVENT);
    }

    private static final String UNSET_WARNING = '"' + BrokenConfigApps.UNSET_PROPERTY + "\" is set nowhere (looked in:"
            + " JAX-RS configuration property, MicroProfile Config, system property, environment variable CORDIAL_IT_UNSET_ORIGINS)";

    /**
     * {@link BrokenConfigApps.UnsetPropertyResource}'s key is set nowhere, but its policy has the
     * annotation's origin: the application starts and serves it, and the server's log has Cordial's
     * one WARN naming every place looked, the platform's MicroProfile Config among them.
     */
    @Test
    @DisplayName("a property set nowhere: one WARN in the server's log naming the places looked, MicroProfile Config among them")
    void unsetPropertyWarns() throws Exception {
        HttpResponse<Void> r = get("unset", "https://app.example.com");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        List<String> lines = lines(l -> l.contains(BrokenConfigApps.UNSET_PROPERTY) && l.contains("set nowhere"));
        assertThat(lines).as("the server's output:\n" + printed()).hasSize(1);
        assertThat(lines.get(0)).contains("WARN", BrokenConfigApps.UnsetPropertyResource.class.getName(), UNSET_WARNING);
    }

    /** One summary line, by the first request at the latest, and only then where {@link #summaryWithFirstRequest()}. */
    @Test
    @DisplayName("one INFO line 'Cordial: N resource methods bound under P policies', by the first request")
    void summaryLine() throws Exception {
        if (summaryWithFirstRequest()) {
            assertThat(printedAtStart()).as("summary logged before the first request")
                    .noneMatch(l -> l.contains("resource methods bound under"));
        }
        get("orders", "https://app.example.com");
        List<String> lines = lines(l -> l.contains("resource methods bound under"));
        assertThat(lines).as("the server's output:\n" + printed()).hasSize(1);
        assertThat(lines.get(0)).contains("INFO", expectedSummary());
    }

    /** The suite's one server, started on first use. */
    protected final synchronized S server() throws Exception {
        if (server == null) {
            server = startServer();
            printedAtStart = output(server);
        }
        return server;
    }

    /** What the server had printed when {@link #startServer()} returned, before any request of the suite. */
    protected final List<String> printedAtStart() throws Exception {
        server();
        return printedAtStart;
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
        S running = server();
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

    /** {@code GET path} (relative to the application) with {@code Origin: origin}. */
    protected HttpResponse<Void> get(String path, String origin) throws Exception {
        return client.send(HttpRequest.newBuilder(server().baseUri().resolve(path)).header("Origin", origin)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /**
     * The server's lines that match, once there is one (a line logged while a request is answered
     * may reach the output a little after the response): asked again up to 50 times, 20 ms apart.
     */
    protected List<String> lines(Predicate<String> match) throws Exception {
        S running = server();
        List<String> lines = List.of();
        for (int i = 0; i < 50 && lines.isEmpty(); i++) {
            lines = output(running).stream().filter(match).toList();
            if (lines.isEmpty()) {
                Thread.sleep(20);
            }
        }
        return lines;
    }

    /** Everything the server printed, for an assertion's description. */
    protected String printed() throws Exception {
        return String.join("\n", output(server()));
    }
}
