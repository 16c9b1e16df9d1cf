package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.core.Application;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The only real judge of CORS: headless Chromium (Debian's, driven through its chromedriver, so
 * nothing is downloaded) on a page at {@code http://localhost:A} calling the API at
 * {@code http://localhost:B} with {@code fetch(url, {credentials: 'include'})}. Same site, cross
 * origin: cookies flow and CORS applies.
 *
 * <p>These tests never skip on their own: without chromium they fail. {@code
 * -Dcordial.browser.skip=true} skips them, and CI does not set it.
 */
@Tag("browser")
@Requires(Capability.STARTS_GIVEN_APPLICATION) // its application names the page's origin, known at run time
public abstract class BrowserContract extends ServerCase {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HttpServer page;
    private Path profile;
    private Chromium driver;
    private String api;

    @Override
    protected Application application() {
        if (Boolean.getBoolean("cordial.browser.skip")) {
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
        return new BrowserApp("http://localhost:" + page.getAddress().getPort());
    }

    @BeforeAll
    void startBrowser() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            Assertions.fail("browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): .ci/run installs them; or skip these tests with -Dcordial.browser.skip=true");
        }
        profile = Files.createTempDirectory("cordial-chromium");
        driver = Chromium.start(profile, "http://localhost:" + page.getAddress().getPort() + "/");
        api = "http://localhost:" + server.baseUri().getPort() + "/api/";
    }

    /**
     * Selenium, behind a class of its own: the suites of stacks whose class path leaves Selenium out
     * (Dropwizard's) load this contract's class for discovery, and skip it by its tag.
     */
    private static final class Chromium {
        private final ChromeDriver driver;

        private Chromium(ChromeDriver driver) {
            this.driver = driver;
        }

        static Chromium start(Path profile, String page) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            driver.get(page);
            return new Chromium(driver);
        }

        Object executeAsyncScript(String script, Object... arguments) {
            return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
        }

        void quit() {
            driver.quit();
        }
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (page != null) {
            page.stop(0);
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** What {@code fetch(api + path, init)} gives the page's script: status, body, exposed header, or the error. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String path, String init) {
        Object result = driver.executeAsyncScript("""
                const [url, init, done] = arguments;
                fetch(url, JSON.parse(init))
                  .then(async r => done({status: r.status, body: await r.text(),
                                         requestId: r.headers.get('X-Request-Id')}))
                  .catch(e => done({error: e.name + ': ' + e.message}));
                """, api + path, init);
        return (Map<String, Object>) result;
    }

    private static void assertBlocked(Map<String, Object> r) {
        assertThat(r).containsEntry("error", "TypeError: Failed to fetch").doesNotContainKey("status");
    }

    @Test
    @DisplayName("the session cookie makes the round trip: set by one credentialed call, sent with the next")
    void cookieRoundTrip() {
        Map<String, Object> login = fetch("browser/login", "{\"method\":\"POST\",\"credentials\":\"include\"}");
        assertThat(login).containsEntry("status", 200L).containsEntry("body", "logged in");
        Map<String, Object> whoami = fetch("browser/whoami", "{\"credentials\":\"include\"}");
        assertThat(whoami).containsEntry("status", 200L).containsEntry("body", "session s3cr3t");
    }

    @Test
    @DisplayName("a preflighted JSON POST succeeds")
    void preflightedJson() {
        Map<String, Object> r = fetch("browser/json", "{\"method\":\"POST\",\"credentials\":\"include\","
                + "\"headers\":{\"Content-Type\":\"application/json\"},\"body\":\"{\\\"n\\\":1}\"}");
        assertThat(r).containsEntry("status", 200L).containsEntry("body", "got {\"n\":1}");
    }

    @Test
    @DisplayName("a PUT with a custom header succeeds, and the exposed response header is readable")
    void customHeader() {
        Map<String, Object> r = fetch("browser/items/7", "{\"method\":\"PUT\",\"credentials\":\"include\","
                + "\"headers\":{\"Content-Type\":\"text/plain\",\"X-Request-Id\":\"req-9\"},\"body\":\"x\"}");
        assertThat(r).containsEntry("status", 200L).containsEntry("body", "put 7 x").containsEntry("requestId", "req-9");
    }

    @Test
    @DisplayName("a preflighted PUT to a @Path interface whose implementation carries the policy is readable")
    void interfaceShape() {
        Map<String, Object> r = fetch("browser-contract", "{\"method\":\"PUT\",\"credentials\":\"include\","
                + "\"headers\":{\"Content-Type\":\"text/plain\"},\"body\":\"x\"}");
        assertThat(r).containsEntry("status", 200L).containsEntry("body", "contract x");
    }

    @Test
    @DisplayName("a preflighted PUT to a path with matrix parameters is readable")
    void matrixParameters() {
        Map<String, Object> r = fetch("browser;v=2/items;rev=3/7", "{\"method\":\"PUT\",\"credentials\":\"include\","
                + "\"headers\":{\"Content-Type\":\"text/plain\",\"X-Request-Id\":\"req-m\"},\"body\":\"x\"}");
        assertThat(r).containsEntry("status", 200L).containsEntry("body", "put 7 x").containsEntry("requestId", "req-m");
    }

    @Test
    @DisplayName("a preflighted PUT to an unannotated subclass with its own @Path is readable (it inherits the policy)")
    void subclassShape() {
        Map<String, Object> r = fetch("browser-child/items/7", "{\"method\":\"PUT\",\"credentials\":\"include\","
                + "\"headers\":{\"Content-Type\":\"text/plain\",\"X-Request-Id\":\"req-c\"},\"body\":\"x\"}");
        assertThat(r).containsEntry("status", 200L).containsEntry("body", "put 7 x").containsEntry("requestId", "req-c");
    }

    @Test
    @DisplayName("a DELETE succeeds")
    void delete() {
        assertThat(fetch("browser/items/7", "{\"method\":\"DELETE\",\"credentials\":\"include\"}"))
                .containsEntry("status", 204L);
    }

    @Test
    @DisplayName("error statuses are readable: 404 from an exception, 401 from the resource")
    void readableErrors() {
        assertThat(fetch("browser/missing", "{\"credentials\":\"include\"}")).containsEntry("status", 404L);
        assertThat(fetch("browser/whoami", "{\"credentials\":\"omit\"}")).containsEntry("status", 401L)
                .containsEntry("body", "no session");
    }

    @Test
    @DisplayName("a resource whose policy names another origin: the browser blocks the script")
    void otherOriginsPolicy() {
        assertBlocked(fetch("foreign", "{\"credentials\":\"include\"}"));
    }

    @Test
    @DisplayName("a resource without the annotation: blocked")
    void unannotated() {
        assertBlocked(fetch("public", "{\"credentials\":\"include\"}"));
    }

    @Test
    @DisplayName("a header the policy does not allow: the preflight fails and the request is never sent")
    void headerNotAllowed() {
        assertBlocked(fetch("browser/items/7", "{\"method\":\"PUT\",\"credentials\":\"include\","
                + "\"headers\":{\"X-Evil\":\"1\"},\"body\":\"x\"}"));
    }

    @Test
    @DisplayName("a method in lowercase is sent as written and never matches: blocked")
    void lowercaseMethod() {
        assertBlocked(fetch("browser/items/7", "{\"method\":\"patch\",\"credentials\":\"include\"}"));
    }
}
