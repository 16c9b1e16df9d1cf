package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Application;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/spec/run-time.md "Without credentials" and "Fetch Metadata isolation", over HTTP: one
 * application ({@link MixedApp}) with a public route, a bearer-token route, a partners-only public
 * route and credentialed routes, isolation enforced by the application and overridden per policy.
 * The browsers' side of the same application is {@code MixedBrowserContract}.
 */
// its application sets dev.cordial.isolation and the page origins, and a log handler reads the server's JVM
@Requires({Capability.STARTS_GIVEN_APPLICATION, Capability.APPLICATION_PROPERTIES})
public abstract class MixedPoliciesContract extends ServerCase {

    @Override
    protected Application application() {
        return new MixedApp();
    }

    /** A request as a browser sends it for a load of {@code dest} in {@code mode} from a {@code site} page. */
    private HttpRequest.Builder load(String path, String origin, String site, String mode, String dest) {
        return request(path, origin).header("Sec-Fetch-Site", site).header("Sec-Fetch-Mode", mode)
                .header("Sec-Fetch-Dest", dest).GET();
    }

    @Test
    @DisplayName("a public route: any origin reads it with Access-Control-Allow-Origin: *, never with credentials")
    void publicRouteAnswersStar() throws Exception {
        for (String origin : new String[] {EVIL, APP, "null", null}) {
            HttpResponse<String> r = send(request("mixed/catalogue", origin).header("Cookie", "session=ok").GET());
            assertThat(r.statusCode()).as(String.valueOf(origin)).isEqualTo(200);
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).as(origin).hasValue("*");
            assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).as(origin).isEmpty();
            assertThat(r.headers().firstValue("Access-Control-Expose-Headers")).hasValue("X-Total");
            assertThat(varyTokens(r)).as("the answer is the same for every origin").doesNotContain("origin");
        }
    }

    @Test
    @DisplayName("a public route's method its policy leaves out: 403 for other origins, served without CORS headers to no Origin, Vary: Origin on both")
    void publicRouteMethodOutsideThePolicy() throws Exception {
        int ran = invocations("mixed.catalogue.delete");
        HttpResponse<String> refused = send("DELETE", "mixed/catalogue", EVIL);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(varyTokens(refused)).contains("origin");
        assertThat(invocations("mixed.catalogue.delete")).isEqualTo(ran);
        HttpResponse<String> served = send("DELETE", "mixed/catalogue", null);
        assertThat(served.statusCode()).isEqualTo(204);
        assertNoCors(served);
        assertThat(varyTokens(served)).as("a cache must not hand this answer to another origin").contains("origin");
    }

    @Test
    @DisplayName("a public route's preflight: approved for any origin without credentials, refused for a header it does not allow")
    void publicPreflight() throws Exception {
        HttpResponse<String> ok = preflight("mixed/catalogue", EVIL, "POST", null);
        assertThat(ok.statusCode()).isEqualTo(204);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(ok.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(ok.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
        HttpResponse<String> refused = preflight("mixed/catalogue", EVIL, "POST", "x-custom");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight("mixed/catalogue", EVIL, "DELETE", null).statusCode()).as("not served here")
                .isEqualTo(403);
    }

    @Test
    @DisplayName("a bearer-token route: the preflight asking for Authorization is answered before authentication")
    void bearerPreflightBeforeAuthentication() throws Exception {
        int auth = invocations("mixed.bearer-auth");
        HttpResponse<String> r = preflight("mixed/token", EVIL, "PUT", "authorization, content-type");
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(r.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .contains("Authorization").contains("Content-Type");
        assertThat(invocations("mixed.bearer-auth")).as("the authentication filter never saw the preflight")
                .isEqualTo(auth);
    }

    @Test
    @DisplayName("a bearer-token route: the token's answer and the 401 without it are both readable by any origin")
    void bearerActualRequests() throws Exception {
        HttpResponse<String> ok = send(request("mixed/token", EVIL).header("Authorization", "Bearer " + MixedApp.TOKEN)
                .GET());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("token user");
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> denied = send(request("mixed/token", EVIL).GET());
        assertThat(denied.statusCode()).isEqualTo(401);
        assertThat(denied.headers().firstValue("Access-Control-Allow-Origin")).as("a readable 401").hasValue("*");
        assertThat(denied.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    @DisplayName("a public route for listed origins: theirs echoed with Vary: Origin and no credentials; others 403 before the method")
    void listedPublicRoute() throws Exception {
        HttpResponse<String> ok = send("GET", "mixed/partners", APP);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(varyTokens(ok)).contains("origin");
        int ran = invocations("mixed.partners");
        HttpResponse<String> refused = send("GET", "mixed/partners", EVIL);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("CORS: this origin may not call this resource");
        assertThat(invocations("mixed.partners")).isEqualTo(ran);
    }

    @Test
    @DisplayName("credentialed routes beside them keep their credentials")
    void credentialedBeside() throws Exception {
        HttpResponse<String> ok = send(load("mixed/account", APP, "cross-site", "cors", "empty"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
        HttpResponse<String> cart = send("GET", "mixed/shop/cart", APP);
        assertThat(cart.headers().firstValue("Access-Control-Allow-Credentials")).as("a method's own policy")
                .hasValue("true");
        HttpResponse<String> items = send("GET", "mixed/shop/items", APP);
        assertThat(items.headers().firstValue("Access-Control-Allow-Origin")).as("its class's").hasValue("*");
        assertThat(items.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    }

    @Test
    @DisplayName("isolation enforced by the application: cross-site script, image and no-cors loads get 403 before the method")
    void isolationRefusesCrossSiteLoads() throws Exception {
        String[][] loads = {{"mixed/account/script", "script"}, {"mixed/account/pixel", "image"},
                {"mixed/account", "empty"}};
        for (String[] l : loads) {
            int ran = invocations(counter(l[0]));
            HttpResponse<String> r = send(load(l[0], null, "cross-site", "no-cors", l[1]));
            assertThat(r.statusCode()).as(l[0]).isEqualTo(403);
            assertThat(r.body()).isEqualTo("Cross-site request refused by Fetch Metadata isolation");
            assertThat(varyTokens(r)).contains("sec-fetch-site", "sec-fetch-mode", "sec-fetch-dest");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(invocations(counter(l[0]))).as(l[0] + " never ran").isEqualTo(ran);
        }
        int transfers = invocations("mixed.account.transfer");
        HttpResponse<String> post = send(request("mixed/account/transfer", "null").header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("to=mallory")));
        assertThat(post.statusCode()).as("a cross-site form POST is no top-level GET").isEqualTo(403);
        HttpResponse<String> listed = send(request("mixed/account/transfer", APP).header("Sec-Fetch-Site",
                "cross-site").header("Sec-Fetch-Mode", "navigate").header("Sec-Fetch-Dest", "document")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("to=mallory")));
        assertThat(listed.statusCode()).as("from a listed origin too: it is no CORS request").isEqualTo(403);
        assertNoCors(listed);
        assertThat(invocations("mixed.account.transfer")).isEqualTo(transfers);
    }

    @Test
    @DisplayName("isolation refuses before authentication: another site cannot tell a 401 from a 200 (login state)")
    void isolationBeforeAuthentication() throws Exception {
        int auth = invocations("mixed.inbox-auth");
        int ran = invocations("mixed.inbox");
        for (String cookie : new String[] {null, "session=ok"}) {
            HttpRequest.Builder b = load("mixed/inbox", null, "cross-site", "no-cors", "image");
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            HttpResponse<String> r = send(b);
            assertThat(r.statusCode()).as("logged " + (cookie != null)).isEqualTo(403);
            assertThat(r.body()).isEqualTo("Cross-site request refused by Fetch Metadata isolation");
        }
        assertThat(invocations("mixed.inbox-auth")).as("the authentication filter never ran").isEqualTo(auth);
        assertThat(invocations("mixed.inbox")).isEqualTo(ran);
        assertThat(send(request("mixed/inbox", null).header("Cookie", "session=ok").GET()).statusCode())
                .as("without Fetch Metadata, authentication decides").isEqualTo(200);
        assertThat(send(request("mixed/inbox", null).GET()).statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("isolation lets through navigations, CORS requests, same-site and same-origin loads, and requests without Fetch Metadata")
    void isolationLetsTheRestThrough() throws Exception {
        assertThat(send(load("mixed/account", null, "cross-site", "navigate", "document")).statusCode()).isEqualTo(200);
        assertThat(send(load("mixed/account", APP, "cross-site", "cors", "empty")).statusCode()).isEqualTo(200);
        assertThat(send(load("mixed/account/script", null, "same-site", "no-cors", "script")).statusCode())
                .isEqualTo(200);
        assertThat(send(load("mixed/account/pixel", null, "same-origin", "no-cors", "image")).statusCode())
                .isEqualTo(200);
        assertThat(send(load("mixed/account", null, "none", "navigate", "document")).statusCode()).isEqualTo(200);
        assertThat(send("GET", "mixed/account", null).statusCode()).as("no Fetch Metadata: Origin stays the check")
                .isEqualTo(200);
        assertThat(send(load("mixed/account", EVIL, "cross-site", "cors", "empty")).statusCode())
                .as("a CORS request from an unlisted origin: the policy refuses it, as always").isEqualTo(403);
        HttpResponse<String> ok = send(load("mixed/account", APP, "cross-site", "cors", "empty"));
        assertThat(varyTokens(ok)).contains("origin", "sec-fetch-site");
    }

    @Test
    @DisplayName("a policy's own isolation wins over the application's: off on public routes, enforce on one method")
    void perPolicyIsolation() throws Exception {
        assertThat(send(load("mixed/catalogue", null, "cross-site", "no-cors", "script")).statusCode())
                .as("public data, isolation off").isEqualTo(200);
        assertThat(send(load("mixed/shop/items", null, "cross-site", "no-cors", "image")).statusCode()).isEqualTo(200);
        int ran = invocations("mixed.shop.cart");
        assertThat(send(load("mixed/shop/cart", null, "cross-site", "no-cors", "script")).statusCode()).isEqualTo(403);
        assertThat(invocations("mixed.shop.cart")).isEqualTo(ran);
    }

    @Test
    @DisplayName("report-only: what isolation would refuse is served, and one WARN on dev.cordial.isolation says why")
    void reportOnlyServesAndWarns() throws Exception {
        int ran = invocations("mixed.watched.script");
        HttpResponse<String> r;
        List<LogRecord> warnings;
        try (LogCapture capture = LogCapture.start()) {
            r = send(load("mixed/watched/script", null, "cross-site", "no-cors", "script"));
            warnings = capture.records().stream().filter(w -> w.getLevel() == Level.WARNING
                    && w.getLoggerName().equals("dev.cordial.isolation")).toList();
        }
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(invocations("mixed.watched.script")).isEqualTo(ran + 1);
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.getMessage())
                .startsWith("Cordial would refuse (isolation report-only) GET (dev.cordial.it.app.MixedApp$Watched.script())")
                .contains("Sec-Fetch-Site \"cross-site\", Sec-Fetch-Mode \"no-cors\", Sec-Fetch-Dest \"script\"")
                .contains("neither a CORS request nor a top-level navigation"));
    }

    @Test
    @DisplayName("dev.cordial.isolation=report-only for the application: served and logged")
    void applicationReportOnly() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r;
        List<LogRecord> warnings;
        try (LogCapture capture = LogCapture.start();
                RunningServer reporting = start((Application) new MixedApp("http://localhost:5173", "report-only"))) {
            r = client.send(HttpRequest.newBuilder(reporting.baseUri().resolve("mixed/account/pixel"))
                    .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "no-cors")
                    .header("Sec-Fetch-Dest", "image").build(), HttpResponse.BodyHandlers.ofString());
            warnings = capture.records().stream().filter(w -> w.getLoggerName().equals("dev.cordial.isolation"))
                    .toList();
        }
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.getMessage())
                .contains("GET (dev.cordial.it.app.MixedApp$Account.pixel())").contains("Sec-Fetch-Dest \"image\""));
    }

    private static String counter(String path) {
        return path.replace('/', '.');
    }
}
