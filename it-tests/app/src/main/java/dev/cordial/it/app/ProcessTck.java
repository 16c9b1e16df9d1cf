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

/**
 * The shared contracts against one server process that serves the application built into it (a
 * WAR on Payara or WildFly), started at the first contract and stopped after the suite. A
 * contract's {@link Application} is not used; contracts needing their own need
 * {@link Capability#STARTS_GIVEN_APPLICATION}. Counts of {@link Invocations} are read over HTTP from
 * {@link InvocationsResource}.
 *
 * @param <S> the row's process harness
 */
@Lacks(Capability.STARTS_GIVEN_APPLICATION) // one application, built into the package, in another process
public abstract class ProcessTck<S extends RunningServer> extends CordialTck {

    /** A client for the suite's own requests. */
    protected final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private S server;

    /** Starts the suite's server, failing with its output unless it serves the application. */
    protected abstract S startServer() throws Exception;

    /** Every line {@code server} printed so far. */
    protected abstract List<String> output(S server);

    /** The suite's one server, started on first use. */
    protected final synchronized S server() throws Exception {
        if (server == null) {
            server = startServer();
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
