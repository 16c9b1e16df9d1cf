package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * One real server per test class, started on a loopback port chosen at run time, and a plain
 * HTTP client so that every response header is visible. Server modules supply {@link #start}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerCase {

    protected static final String APP = "https://app.example.com";
    protected static final String DEV = "http://localhost:5173";
    protected static final String ADMIN = "https://admin.example.com";
    protected static final String EVIL = "https://evil.example.com";

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    protected RunningServer server;

    /**
     * Starts {@code app} on a loopback port chosen at run time: stack-specific tests say how, cases
     * of a {@link CordialTck} leave it to the suite.
     */
    protected RunningServer start(Application app) throws Exception {
        if (tck() == null) {
            throw new IllegalStateException(getClass().getName() + " does not say how to start its server");
        }
        return tck().start(contract(), app);
    }

    /** The contract class this case belongs to: the first superclass not declared inside a suite. */
    private Class<?> contract() {
        Class<?> c = getClass();
        while (c.getEnclosingClass() != null && CordialTck.class.isAssignableFrom(c.getEnclosingClass())) {
            c = c.getSuperclass();
        }
        return c;
    }

    /**
     * The stack's suite when {@link CordialTck} runs this case, else null (a stack-specific test
     * extending the case directly).
     */
    protected CordialTck tck() {
        return null;
    }

    /** Whether the stack has {@code capability}: not listed in its suite's (or this class's) {@link Lacks}. */
    protected boolean has(Capability capability) {
        return tck() != null ? tck().has(capability) : !Lacks.Support.lackedBy(getClass()).contains(capability);
    }

    /**
     * How often the resource method or filter {@code name} ran in the server ({@link Invocations});
     * the suite reads it from a server in another process.
     */
    protected int invocations(String name) throws IOException, InterruptedException {
        return tck() != null ? tck().invocations(server, name) : Invocations.count(name);
    }

    /** The name the printed figures carry: the suite and the case ({@code JerseyTck.Hostile}), or the test class. */
    protected String caseName() {
        return tck() != null ? tck().getClass().getSimpleName() + "." + getClass().getSimpleName()
                : getClass().getSimpleName();
    }

    /** The application under test; the explicit-registration variants override it. */
    protected Application application() {
        return new TestApp();
    }

    @BeforeAll
    void startServer() throws Exception {
        server = start(application());
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    protected HttpRequest.Builder request(String path, String origin) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(10));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return b;
    }

    /**
     * A CORS preflight as a browser sends it: {@code OPTIONS} with {@code Origin},
     * {@code Access-Control-Request-Method} and, when not {@code null},
     * {@code Access-Control-Request-Headers}.
     */
    protected HttpRequest.Builder preflightRequest(String path, String origin, String method, String requestHeaders) {
        HttpRequest.Builder b = request(path, origin).header("Access-Control-Request-Method", method);
        if (requestHeaders != null) {
            b.header("Access-Control-Request-Headers", requestHeaders);
        }
        return b.method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    /** Sends {@link #preflightRequest}. */
    protected HttpResponse<String> preflight(String path, String origin, String method, String requestHeaders)
            throws IOException, InterruptedException {
        return send(preflightRequest(path, origin, method, requestHeaders));
    }

    protected HttpResponse<String> send(String method, String path, String origin)
            throws IOException, InterruptedException {
        return send(request(path, origin).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // The client reused a kept-alive connection the server was closing (Jetty closes one after some
            // error responses): it read EOF before any byte of a response, so nothing was answered and
            // sending again is safe. Seen once in CI on Dropwizard; every other failure is the test's.
            if (!String.valueOf(e.getMessage()).contains("header parser received no bytes")) {
                throw e;
            }
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        }
    }

    protected static void assertAllowed(HttpResponse<String> r, String origin) {
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly(origin);
        assertThat(r.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("true");
        assertThat(varyTokens(r)).containsOnlyOnce("origin");
    }

    protected static void assertNoCors(HttpResponse<String> r) {
        assertThat(r.headers().map().keySet())
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
    }

    /** Every token of every Vary header, lowercased. */
    protected static List<String> varyTokens(HttpResponse<String> r) {
        List<String> tokens = new ArrayList<>();
        for (String value : r.headers().allValues("Vary")) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    tokens.add(token.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        return tokens;
    }
}
