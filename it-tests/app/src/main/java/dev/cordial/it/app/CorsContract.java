package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;



/**
 * docs/spec/run-time.md "Actual requests to a covered method", as one set of cases that every server
 * module runs against a real server over loopback, through a plain HTTP client so that every
 * response header is visible.
 */
public abstract class CorsContract extends ServerCase {

    @Test
    @DisplayName("allowed origin: one ACAO equal to Origin, ACAC true, configured expose headers, Vary: Origin")
    void allowedOrigin() throws Exception {
        HttpResponse<String> r = send("GET", "orders", APP);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("orders");
        assertAllowed(r, APP);
        assertThat(r.headers().allValues("Access-Control-Expose-Headers")).containsExactly("X-Total-Count");
    }

    @Test
    @DisplayName("every listed origin is allowed, each reflected exactly")
    void secondListedOrigin() throws Exception {
        HttpResponse<String> r = send("GET", "orders", DEV);
        assertThat(r.statusCode()).isEqualTo(200);
        assertAllowed(r, DEV);
    }

    @Test
    @DisplayName("not-allowed origin: 403 without CORS headers, resource method never runs")
    void disallowedOriginGet() throws Exception {
        int before = invocations("orders.list");
        HttpResponse<String> r = send("GET", "orders", EVIL);
        assertThat(r.statusCode()).isEqualTo(403);
        assertNoCors(r);
        assertThat(invocations("orders.list")).isEqualTo(before);
    }

    @Test
    @DisplayName("not-allowed origin on a simple text/plain POST: refused before the method runs (CORS is not CSRF protection)")
    void disallowedOriginSimplePost() throws Exception {
        int before = invocations("orders.create");
        HttpResponse<String> r = send(request("orders", EVIL)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("coffee")));
        assertThat(r.statusCode()).isEqualTo(403);
        assertNoCors(r);
        assertThat(invocations("orders.create")).isEqualTo(before);
    }

    @Test
    @DisplayName("allowed origin on a simple POST: runs, and the script can read the answer")
    void allowedOriginSimplePost() throws Exception {
        int before = invocations("orders.create");
        HttpResponse<String> r = send(request("orders", APP)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("coffee")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("created coffee");
        assertAllowed(r, APP);
        assertThat(invocations("orders.create")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("no Origin: handled as usual, no CORS headers, but Vary: Origin")
    void noOrigin() throws Exception {
        HttpResponse<String> r = send("GET", "orders", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertNoCors(r);
        assertThat(varyTokens(r)).containsOnlyOnce("origin");
    }

    @Test
    @DisplayName("same-origin request carrying Origin: handled as usual")
    void sameOrigin() throws Exception {
        URI base = server.baseUri();
        String own = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        int before = invocations("orders.list");
        HttpResponse<String> r = send("GET", "orders", own);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(varyTokens(r)).containsOnlyOnce("origin");
        assertThat(invocations("orders.list")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("method-level policy replaces the class-level one for that method, without merging")
    void methodLevelOverride() throws Exception {
        int before = invocations("orders.remove");
        HttpResponse<String> admin = send("DELETE", "orders/7", ADMIN);
        assertThat(admin.statusCode()).isEqualTo(204);
        assertAllowed(admin, ADMIN);
        assertThat(admin.headers().firstValue("Access-Control-Expose-Headers")).isEmpty();

        HttpResponse<String> app = send("DELETE", "orders/7", APP);
        assertThat(app.statusCode()).isEqualTo(403);
        assertNoCors(app);
        assertThat(invocations("orders.remove")).isEqualTo(before + 1);

        HttpResponse<String> adminOnList = send("GET", "orders", ADMIN);
        assertThat(adminOnList.statusCode()).isEqualTo(403);
        assertNoCors(adminOnList);
    }

    @Test
    @DisplayName("exact origins match byte for byte: case, trailing slash, default port, suffixes and prefixes are refused")
    void byteForByte() throws Exception {
        for (String lookalike : List.of("https://APP.example.com", "HTTPS://app.example.com", "https://app.example.com/",
                "https://app.example.com:443", "https://app.example.com.evil.com", "https://app.example.co",
                "https://xapp.example.com", "http://app.example.com", "https://app.example.com.", "null",
                "https://app.example.com, https://evil.example.com", "https://app.example.com//")) {
            HttpResponse<String> r = send("GET", "orders", lookalike);
            assertThat(r.statusCode()).as(lookalike).isEqualTo(403);
            assertNoCors(r);
        }
    }

    @Test
    @DisplayName("two Origin headers: never allowed, never reflected")
    void twoOriginHeaders() throws Exception {
        HttpResponse<String> r = send(request("orders", APP).header("Origin", APP).GET());
        assertThat(r.statusCode()).isEqualTo(403);
        assertNoCors(r);
    }

    @Test
    @DisplayName("WebApplicationException response carries CORS headers for an allowed origin")
    void webApplicationException() throws Exception {
        HttpResponse<String> r = send("GET", "orders/missing", APP);
        assertThat(r.statusCode()).isEqualTo(404);
        assertAllowed(r, APP);
    }

    @Test
    @DisplayName("ExceptionMapper response carries CORS headers for an allowed origin")
    void exceptionMapper() throws Exception {
        HttpResponse<String> r = send("GET", "orders/errors/conflict", APP);
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).isEqualTo("order changed meanwhile");
        assertAllowed(r, APP);
    }

    @Test
    @DisplayName("a shared exception (static final NotFoundException) never carries an earlier request's CORS headers")
    void sharedExceptionDoesNotLeak() throws Exception {
        String path = "orders/errors/shared";
        HttpResponse<String> first = send("GET", path, APP);
        assertAllowed(first, APP);
        HttpResponse<String> noOrigin = send("GET", path, null);
        assertThat(noOrigin.statusCode()).isEqualTo(first.statusCode());
        assertNoCors(noOrigin);
        assertThat(varyTokens(noOrigin)).containsOnlyOnce("origin");
        HttpResponse<String> other = send("GET", path, DEV);
        assertAllowed(other, DEV);
        assertThat(send("GET", path, null).headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    @DisplayName("refused before matching: an unlisted origin keeps the container's 405 or 415, gets no CORS header, runs nothing")
    void containerStatusBeforeMatching() throws Exception {
        HttpResponse<String> put = send(request("orders", EVIL).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(put.statusCode()).isEqualTo(405);
        assertNoCors(put);
        assertThat(varyTokens(put)).contains("origin");

        int created = invocations("orders.create");
        HttpResponse<String> json = send(request("orders", EVIL).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(json.statusCode()).isEqualTo(415);
        assertNoCors(json);
        assertThat(invocations("orders.create")).isEqualTo(created);
    }

    @Test
    @DisplayName("unmapped exception: a 500 the script can read")
    void unmappedException() throws Exception {
        HttpResponse<String> r = send("GET", "orders/errors/boom", APP);
        assertThat(r.statusCode()).isEqualTo(500);
        assertAllowed(r, APP);
    }

    @Test
    @DisplayName("error responses for a not-allowed origin: 403 before the method runs, no CORS headers")
    void errorPathDisallowedOrigin() throws Exception {
        int before = invocations("orders.boom");
        HttpResponse<String> r = send("GET", "orders/errors/boom", EVIL);
        assertThat(r.statusCode()).isEqualTo(403);
        assertNoCors(r);
        assertThat(invocations("orders.boom")).isEqualTo(before);
    }

    @Test
    @DisplayName("resource without the annotation: untouched, whatever the Origin")
    void unannotatedResource() throws Exception {
        HttpResponse<String> r = send("GET", "public", EVIL);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("public");
        assertNoCors(r);
        assertThat(r.headers().allValues("Vary")).isEmpty();
    }

    @Test
    @DisplayName("a Vary set by the resource is kept and Origin is added once")
    void varyMerged() throws Exception {
        for (String origin : new String[] {APP, null}) {
            HttpResponse<String> r = send("GET", "vary", origin);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(varyTokens(r)).containsOnlyOnce("accept-encoding", "origin");
        }
        assertAllowed(send("GET", "vary", APP), APP);
    }

    @Test
    @DisplayName("a policy on a @Path interface applies to its implementation")
    void pathInterface() throws Exception {
        HttpResponse<String> ok = send("GET", "profile", APP);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertAllowed(ok, APP);
        HttpResponse<String> refused = send("GET", "profile", EVIL);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertNoCors(refused);
    }

    @Test
    @DisplayName("OPTIONS that is not a preflight keeps the container's automatic answer")
    void plainOptions() throws Exception {
        HttpResponse<String> r = send("OPTIONS", "orders", null);
        assertThat(r.statusCode()).isBetween(200, 204);
        assertThat(String.join(",", r.headers().allValues("Allow"))).contains("GET", "POST");
    }


    @Test
    @DisplayName("a method the policy does not list: refused for other origins even without a preflight")
    void methodNotInPolicy() throws Exception {
        assertAllowed(send("GET", "narrow", APP), APP);
        assertAllowed(send("HEAD", "narrow", APP), APP);
        int before = invocations("narrow.post");
        HttpResponse<String> post = send(request("narrow", APP).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.statusCode()).isEqualTo(403);
        assertNoCors(post);
        assertThat(invocations("narrow.post")).isEqualTo(before);
    }
}
