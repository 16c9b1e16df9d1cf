package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.browser.Engine;
import jakarta.ws.rs.core.Application;
import java.util.List;
import java.util.Map;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link MixedApp} as browsers see it, on each {@link Engine}. Its API is at {@code http://localhost:B}.
 * Two pages call it: {@code http://localhost:A} (same site, another origin) for the CORS cases, and
 * {@code http://127.0.0.1:A} (another site) for Fetch Metadata isolation, where the browser itself
 * sends {@code Sec-Fetch-Site: cross-site} and the mode and destination of each load. Both page
 * origins are listed for the policies that list origins; isolation is enforced for the application.
 */
public abstract class MixedBrowserContract extends BrowserCase {

    protected MixedBrowserContract(Engine engine) {
        super(engine);
    }

    @Override
    protected Application application(String pageOrigin) {
        return new MixedApp(pageOrigin + "," + crossSite(pageOrigin), "enforce");
    }

    private static String crossSite(String url) {
        return url.replace("//localhost:", "//127.0.0.1:");
    }

    @BeforeEach
    void sameSitePage() {
        browser().open(pageUrl());
    }

    /** What {@code fetch} gives the script, with the exposed {@code X-Total}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetchTotal(String path, String init) {
        return (Map<String, Object>) browser().executeAsync("""
                const [url, init, done] = arguments;
                fetch(url, JSON.parse(init))
                  .then(async r => done({status: r.status, body: await r.text(), total: r.headers.get('X-Total')}))
                  .catch(e => done({error: e.name, message: e.message}));
                """, api() + path, init);
    }

    /** Loads {@code path} with an element of the page ({@code script} or {@code img}): did it load? */
    @SuppressWarnings("unchecked")
    private Map<String, Object> embed(String tag, String path) {
        return (Map<String, Object>) browser().executeAsync("""
                const [tag, url, done] = arguments;
                const element = document.createElement(tag);
                element.onload = () => done({loaded: true, account: String(window.accountLoaded),
                                             watched: String(window.watchedLoaded)});
                element.onerror = () => done({loaded: false});
                element.src = url;
                document.body.appendChild(element);
                """, tag, api() + path);
    }

    @Test
    @DisplayName("a public route: any page reads it without credentials, exposed header included")
    void publicRouteWithoutCredentials() {
        Map<String, Object> r = fetchTotal("mixed/catalogue", "{\"credentials\":\"omit\"}");
        assertThat(r).containsEntry("status", 200L).containsEntry("body", "catalogue").containsEntry("total", "3");
        assertThat(fetchTotal("mixed/catalogue", "{\"method\":\"POST\",\"credentials\":\"omit\","
                + "\"headers\":{\"Content-Type\":\"text/plain\"},\"body\":\"x\"}"))
                .containsEntry("status", 200L).containsEntry("body", "suggested x");
    }

    @Test
    @DisplayName("a public route fetched with credentials: 'include' is blocked by the browser")
    void publicRouteRefusesCredentials() {
        assertBlocked(fetch("mixed/catalogue", "{\"credentials\":\"include\"}"));
        assertBlocked(fetch("mixed/partners", "{\"credentials\":\"include\"}"));
    }

    @Test
    @DisplayName("a bearer-token route: the preflighted request with Authorization is readable, and so is its 401")
    void bearerToken() {
        Map<String, Object> r = fetch("mixed/token", "{\"credentials\":\"omit\",\"headers\":{\"Authorization\":"
                + "\"Bearer " + MixedApp.TOKEN + "\"}}");
        assertThat(r).containsEntry("status", 200L).containsEntry("body", "token user");
        Map<String, Object> put = fetch("mixed/token", "{\"method\":\"PUT\",\"credentials\":\"omit\",\"headers\":"
                + "{\"Authorization\":\"Bearer " + MixedApp.TOKEN + "\",\"Content-Type\":\"application/json\"},"
                + "\"body\":\"{}\"}");
        assertThat(put).containsEntry("status", 200L).containsEntry("body", "put {}");
        assertThat(fetch("mixed/token", "{\"credentials\":\"omit\"}")).containsEntry("status", 401L)
                .containsEntry("body", "token required");
        assertBlocked(fetch("mixed/token", "{\"credentials\":\"include\",\"headers\":{\"Authorization\":"
                + "\"Bearer " + MixedApp.TOKEN + "\"}}"));
    }

    @Test
    @DisplayName("a public route for listed origins and the credentialed routes beside it answer the page as declared")
    void listedAndCredentialed() {
        assertThat(fetch("mixed/partners", "{\"credentials\":\"omit\"}")).containsEntry("status", 200L)
                .containsEntry("body", "partners");
        assertThat(fetch("mixed/account", "{\"credentials\":\"include\"}")).containsEntry("status", 200L)
                .containsEntry("body", "account");
        assertThat(fetch("mixed/shop/cart", "{\"credentials\":\"include\"}")).containsEntry("status", 200L);
        assertThat(fetch("mixed/shop/items", "{\"credentials\":\"omit\"}")).containsEntry("status", 200L);
    }

    @Test
    @DisplayName("isolation enforced: another site's <script src> and <img src> of a credentialed route get 403, the method never runs")
    void isolationRefusesCrossSiteEmbeds() throws Exception {
        browser().open(crossSite(pageUrl()));
        int scripts = invocations("mixed.account.script");
        int pixels = invocations("mixed.account.pixel");
        assertThat(embed("script", "mixed/account/script")).containsEntry("loaded", false);
        assertThat(embed("img", "mixed/account/pixel")).containsEntry("loaded", false);
        assertThat(invocations("mixed.account.script")).isEqualTo(scripts);
        assertThat(invocations("mixed.account.pixel")).isEqualTo(pixels);
        // the same page embedding a public route: isolation is off there
        assertThat(embed("img", "mixed/shop/items")).containsEntry("loaded", false); // text, not an image: an error
        assertThat(invocations("mixed.shop.items")).as("but it was served").isPositive();
    }

    @Test
    @DisplayName("isolation enforced: the same embeds from the same site load")
    void isolationLetsSameSiteEmbedsThrough() throws Exception {
        int scripts = invocations("mixed.account.script");
        Map<String, Object> script = embed("script", "mixed/account/script");
        assertThat(script).containsEntry("loaded", true);
        assertThat(embed("img", "mixed/account/pixel")).containsEntry("loaded", true);
        assertThat(invocations("mixed.account.script")).isEqualTo(scripts + 1);
    }

    @Test
    @DisplayName("isolation enforced: another site's CORS fetch from an allowed origin still reads the route with credentials")
    void isolationKeepsCorsFetches() {
        browser().open(crossSite(pageUrl()));
        assertThat(fetch("mixed/account", "{\"credentials\":\"include\"}")).containsEntry("status", 200L)
                .containsEntry("body", "account");
    }

    @Test
    @DisplayName("isolation enforced: a top-level navigation from another site still works")
    void isolationKeepsNavigations() throws Exception {
        browser().open(crossSite(pageUrl()));
        int ran = invocations("mixed.account");
        browser().executeAsync("""
                const [url, done] = arguments;
                location.href = url;
                done(null);
                """, api() + "mixed/account");
        Object text = null;
        for (int i = 0; i < 100 && !"account".equals(text); i++) {
            Thread.sleep(100);
            try {
                text = browser().executeAsync("""
                        const [done] = arguments;
                        done(location.href.endsWith('/mixed/account') && document.body ? document.body.innerText.trim() : null);
                        """);
            } catch (RuntimeException e) {
                text = null; // the page was being replaced while the script ran
            }
        }
        assertThat(text).isEqualTo("account");
        assertThat(invocations("mixed.account")).isEqualTo(ran + 1);
    }

    @Test
    @DisplayName("report-only: another site's <script src> of the route loads and runs, and is logged")
    void reportOnlyLoadsAndLogs() throws Exception {
        browser().open(crossSite(pageUrl()));
        Map<String, Object> r;
        List<LogRecord> warnings;
        try (LogCapture capture = LogCapture.start()) {
            r = embed("script", "mixed/watched/script");
            warnings = capture.records().stream().filter(w -> w.getLoggerName().equals("dev.cordial.isolation")).toList();
        }
        assertThat(r).containsEntry("loaded", true).containsEntry("watched", "1");
        assertThat(warnings).anySatisfy(w -> assertThat(w.getMessage()).contains("MixedApp$Watched.script()")
                .contains("Sec-Fetch-Site \"cross-site\"").contains("Sec-Fetch-Dest \"script\""));
    }
}
