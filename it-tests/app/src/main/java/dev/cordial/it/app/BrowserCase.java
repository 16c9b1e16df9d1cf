package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.cordial.it.app.browser.Browser;
import dev.cordial.it.app.browser.Engine;
import jakarta.ws.rs.core.Application;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

/**
 * A case run in a real browser: the {@link Engine} given to the constructor (headless Chromium,
 * headless Firefox ESR, WebKitGTK's MiniBrowser; Debian's builds, nothing downloaded) with a page
 * open at {@code http://localhost:A}, and the {@link #application(String) application} on its
 * server at {@code http://localhost:B}, reached by {@link #fetch}. One browser per class, started
 * once, on a fresh profile.
 *
 * <p>These tests never skip on their own: without an engine's programs they fail, naming the
 * Debian packages to install. {@code -Dcordial.browser.skip=true} skips them, and CI does not set it.
 */
@Tag("browser")
@Requires(Capability.STARTS_GIVEN_APPLICATION) // its application names the page's origin, known at run time
public abstract class BrowserCase extends ServerCase {

    private final Engine engine;
    private HttpServer page;
    private Path profile;
    private Browser browser;
    private String api;

    protected BrowserCase(Engine engine) {
        this.engine = engine;
    }

    /**
     * The application under test, at {@code @ApplicationPath("api")}, whose policy allows
     * {@code pageOrigin}: the page's origin, {@code http://localhost:A}.
     */
    protected abstract Application application(String pageOrigin);

    /** The engine this run drives. */
    protected final Engine engine() {
        return engine;
    }

    /** Where the application is, as the page's script calls it: {@code http://localhost:B/api/}. */
    protected final String api() {
        return api;
    }

    /** The page's address, {@code http://localhost:A/}; the same server answers {@code http://127.0.0.1:A/}. */
    protected final String pageUrl() {
        return "http://localhost:" + page.getAddress().getPort() + "/";
    }

    /** The browser, its page open, for the tests' scripts. */
    protected final Browser browser() {
        return browser;
    }

    @Override
    protected final Application application() {
        if (Engine.skipRequested()) {
            System.err.println("SKIPPED " + caseName() + ": browser tests skipped on request"
                    + " (-Dcordial.browser.skip=true)");
            Assumptions.abort("browser tests skipped on request (-Dcordial.browser.skip=true)");
        }
        try {
            page = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] html = "<!doctype html><title>page</title><p>cross-origin page</p>".getBytes(StandardCharsets.UTF_8);
        page.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        page.start();
        return application("http://localhost:" + page.getAddress().getPort());
    }

    @BeforeAll
    void startBrowser() throws IOException {
        engine().missing().ifPresent(missing -> Assertions.fail(
                "browser tests: " + missing + " (.ci/run installs it); or skip them with -Dcordial.browser.skip=true"));
        profile = Files.createTempDirectory("cordial-" + engine().name().toLowerCase(Locale.ROOT));
        long start = System.nanoTime();
        browser = engine().start(profile);
        browser.open("http://localhost:" + page.getAddress().getPort() + "/");
        System.err.printf(Locale.ROOT, "%s: %s, started in %d ms%n", caseName(), browser.name(),
                (System.nanoTime() - start) / 1_000_000);
        api = "http://localhost:" + server.baseUri().getPort() + "/api/";
    }

    @AfterAll
    void stopBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (page != null) {
                page.stop(0);
            }
            if (profile != null) {
                try (var files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    /**
     * What {@code fetch(api + path, init)} gives the page's script, {@code init} being the JSON of
     * fetch's options: {@code status}, {@code body} and the {@code X-Request-Id} header when a
     * response is readable, else {@code error} (the exception's name) and {@code message}.
     */
    @SuppressWarnings("unchecked")
    protected final Map<String, Object> fetch(String path, String init) {
        Object result = browser.executeAsync("""
                const [url, init, done] = arguments;
                fetch(url, JSON.parse(init))
                  .then(async r => done({status: r.status, body: await r.text(),
                                         requestId: r.headers.get('X-Request-Id')}))
                  .catch(e => done({error: e.name, message: e.message}));
                """, api + path, init);
        return (Map<String, Object>) result;
    }

    /**
     * Blocked: the promise rejects with a TypeError and the script sees no response. Each engine
     * words the message its own way ("Failed to fetch", "NetworkError when attempting to fetch
     * resource.", "Load failed"), so only the type is asserted.
     */
    protected static void assertBlocked(Map<String, Object> r) {
        assertThat(r).containsEntry("error", "TypeError").containsKey("message").doesNotContainKey("status");
    }
}
