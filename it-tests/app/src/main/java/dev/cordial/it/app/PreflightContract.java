package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/spec/run-time.md "Preflights": what a browser does before a credentialed request
 * that is not simple, against an application whose {@code @PreMatching} authentication filter
 * refuses every request without a session cookie. All paths sit under a non-empty application
 * path ({@code /api}).
 */
public abstract class PreflightContract extends ServerCase {

    private static void assertPreflightAllowed(HttpResponse<String> r, String origin, String method) {
        assertThat(r.statusCode()).isBetween(200, 299);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly(origin);
        assertThat(r.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("true");
        assertThat(r.headers().allValues("Access-Control-Allow-Methods")).hasSize(1);
        assertThat(Arrays.asList(r.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().split(",\\s*")))
                .contains(method);
        assertThat(varyTokens(r)).containsExactlyInAnyOrder("origin", "access-control-request-method",
                "access-control-request-headers");
    }

    private static void assertRefused(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(403);
        assertNoCors(r);
    }

    @Test
    @DisplayName("browser sequence: JSON POST preflight answered before authentication, then the credentialed request")
    void preflightThenCredentialedRequest() throws Exception {
        int auth = invocations("auth");
        HttpResponse<String> pre = preflight("secure/items", APP, "POST", "content-type");
        assertPreflightAllowed(pre, APP, "POST");
        assertThat(pre.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("content-type");
        assertThat(pre.headers().allValues("Access-Control-Max-Age")).containsExactly("600");
        assertThat(invocations("auth")).as("the authentication filter never saw the preflight").isEqualTo(auth);

        int created = invocations("secure.create");
        HttpResponse<String> post = send(request("secure/items", APP)
                .header("Cookie", "session=ok")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}")));
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).isEqualTo("created {\"n\":1}");
        assertAllowed(post, APP);
        assertThat(invocations("secure.create")).isEqualTo(created + 1);
    }

    @Test
    @DisplayName("only methods served at the requested path are approved, and only those are listed")
    void onlyServedMethods() throws Exception {
        assertRefused(preflight("secure/items", APP, "PUT", null)); // PUT is served at items/{id} only
        HttpResponse<String> put = preflight("secure/items/7", APP, "PUT", null);
        assertPreflightAllowed(put, APP, "PUT");
        assertThat(put.headers().firstValue("Access-Control-Allow-Methods")).hasValue("PUT");
        HttpResponse<String> post = preflight("secure/items", APP, "POST", "content-type");
        assertThat(post.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
    }

    @Test
    @DisplayName("a safelisted name requested twice is allowed once")
    void noDuplicateAllowHeaders() throws Exception {
        HttpResponse<String> r = preflight("secure/items", APP, "POST", "accept, content-type, accept");
        assertPreflightAllowed(r, APP, "POST");
        List<String> names = Arrays.stream(r.headers().firstValue("Access-Control-Allow-Headers").orElseThrow()
                .split(",")).map(n -> n.trim().toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(names).doesNotHaveDuplicates().contains("accept", "content-type");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "secure;x=1/items, POST",
            "secure/items;v=2, POST",
            "secure;a=b;c=d/items;v=1, POST",
            "secure/items;v=2/7, DELETE"})
    @DisplayName("matrix parameters: the container ignores them when matching, so does the preflight")
    void matrixParameters(String path, String method) throws Exception {
        String origin = method.equals("DELETE") ? ADMIN : APP;
        int auth = invocations("auth");
        assertPreflightAllowed(preflight(path, origin, method, method.equals("POST") ? "content-type" : null),
                origin, method);
        assertThat(invocations("auth")).as("the authentication filter never saw the preflight").isEqualTo(auth);
        assertRefused(preflight(path, EVIL, method, null));
    }

    @Test
    @DisplayName("matrix parameters: the authentication filter's 401 is readable")
    void matrixParameters401() throws Exception {
        HttpResponse<String> r = send(request("secure;x=1/items;v=2", APP)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(r.statusCode()).isEqualTo(401);
        assertAllowed(r, APP);
    }

    @Test
    @DisplayName("an encoded slash stays inside its path segment, as the container matches it")
    void encodedSlash() throws Exception {
        if (!has(Capability.ENCODED_SLASHES)) {
            int removed = invocations("secure.remove");
            assertThat(send(request("secure/items/a%2Fb", ADMIN).DELETE().header("Cookie", "session=ok")).statusCode())
                    .as("the container's own answer to %2F").isEqualTo(500);
            assertThat(invocations("secure.remove")).isEqualTo(removed);
            return;
        }
        HttpResponse<String> actual = send(request("secure/items/a%2Fb", ADMIN).DELETE().header("Cookie", "session=ok"));
        assertThat(actual.statusCode()).isEqualTo(204);
        assertAllowed(actual, ADMIN);
        assertPreflightAllowed(preflight("secure/items/a%2Fb", ADMIN, "DELETE", null), ADMIN, "DELETE");
    }

    @Test
    @DisplayName("a request the authentication filter refuses still carries CORS headers: the script can read the 401")
    void readable401() throws Exception {
        HttpResponse<String> r = send(request("secure/items", APP)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).isEqualTo("login required");
        assertAllowed(r, APP);
    }

    @Test
    @DisplayName("a 401 for a not-allowed origin carries no CORS headers")
    void unreadable401ForOtherOrigins() throws Exception {
        HttpResponse<String> r = send("GET", "secure", EVIL);
        assertThat(r.statusCode()).isIn(401, 403);
        assertNoCors(r);
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
            "secure,                 GET,    x-request-id",
            "secure/,                GET,    x-request-id",
            "secure/profile,         GET,    x-request-id",
            "secure/items,           POST,   content-type",
            "secure/items/42,        PUT,    'x-request-id, content-type'",
            "secure/items/42/notes,  GET,    X-Request-Id",
    })
    @DisplayName("every route shape: root, sub-resource method, template, regex template")
    void routeShapes(String path, String method, String headers) throws Exception {
        assertPreflightAllowed(preflight(path, APP, method, headers), APP, method);

        HttpRequest.Builder actual = request(path, APP).header("Cookie", "session=ok").header("X-Request-Id", "r-1");
        boolean json = headers.contains("content-type") && method.equals("POST");
        actual.header("Content-Type", json ? "application/json" : "text/plain");
        HttpResponse<String> r = send(actual.method(method, method.equals("GET")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json ? "{}" : "x")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertAllowed(r, APP);
    }

    @Test
    @DisplayName("the method-level policy decides preflights for its own method")
    void methodLevelOverride() throws Exception {
        assertPreflightAllowed(preflight("secure/items/7", ADMIN, "DELETE", null), ADMIN, "DELETE");
        assertRefused(preflight("secure/items/7", APP, "DELETE", null));
        assertRefused(preflight("secure/items/7", ADMIN, "PUT", "x-request-id"));
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "wrong origin|https://evil.example.com|PUT|x-request-id",
            "origin lookalike|https://app.example.com.evil.com|PUT|x-request-id",
            "null origin|null|PUT|x-request-id",
            "method not served|https://app.example.com|PATCH|x-request-id",
            "method in lowercase|https://app.example.com|put|x-request-id",
            "header not allowed|https://app.example.com|PUT|x-request-id, x-evil",
            "header with a space|https://app.example.com|PUT|x request",
            "header list with junk|https://app.example.com|PUT|x-request-id;drop",
    })
    @DisplayName("anything else: 403 without CORS headers")
    void refused(String why, String origin, String method, String headers) throws Exception {
        assertRefused(preflight("secure/items/42", origin, method, headers));
    }

    @Test
    @DisplayName("oversized or overlong header lists: 403, never a 5xx")
    void boundedHeaderLists() throws Exception {
        String many = String.join(", ", java.util.Collections.nCopies(65, "x-request-id"));
        assertRefused(preflight("secure/items/42", APP, "PUT", many));
        String longList = "x-request-id, " + "x".repeat(5000);
        HttpResponse<String> r = preflight("secure/items/42", APP, "PUT", longList);
        assertThat(r.statusCode()).isBetween(400, 499);
        assertNoCors(r);
    }

    @Test
    @DisplayName("two Origin headers on a preflight: 403")
    void twoOrigins() throws Exception {
        assertRefused(send(request("secure/items/42", APP).header("Origin", APP)
                .header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())));
    }

    @Test
    @DisplayName("safelisted names in Access-Control-Request-Headers are approved and echoed")
    void safelistedRequestHeaders() throws Exception {
        HttpResponse<String> r = preflight("secure/items/42", APP, "PUT", "accept-language, x-request-id");
        assertPreflightAllowed(r, APP, "PUT");
        assertThat(r.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("accept-language", "x-request-id");
    }

    @Test
    @DisplayName("OPTIONS without Access-Control-Request-Method is not a preflight: a user-written @OPTIONS still answers")
    void userOptionsMethod() throws Exception {
        HttpResponse<String> plain = send(request("secure/custom", APP).header("Cookie", "session=ok")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).isEqualTo("custom options");

        assertPreflightAllowed(preflight("secure/custom", APP, "GET", "x-request-id"), APP, "GET");
    }

    @Test
    @DisplayName("a preflight to a path no annotated resource serves is left to the application")
    void unannotatedPath() throws Exception {
        HttpResponse<String> r = preflight("orders/export", APP, "GET", "x-request-id");
        assertThat(r.statusCode()).isBetween(200, 299);
        assertNoCors(r);
        HttpResponse<String> other = preflight("public", APP, "GET", "x-request-id");
        assertNoCors(other);
    }

    @Test
    @DisplayName("a path an annotated template would match but the literal unannotated one wins is left alone too")
    void literalBeatsTemplate() throws Exception {
        HttpResponse<String> annotated = preflight("orders/7", APP, "GET", null);
        assertPreflightAllowed(annotated, APP, "GET");
        HttpResponse<String> export = preflight("orders/export", APP, "GET", null);
        assertNoCors(export);
    }

    @Test
    @DisplayName("preflight for a regex template that does not match is not Cordial's")
    void regexMismatch() throws Exception {
        HttpResponse<String> r = preflight("secure/items/abc/notes", APP, "GET", "x-request-id");
        assertThat(r.statusCode()).isGreaterThanOrEqualTo(300);
        assertNoCors(r);
    }

    @Test
    @DisplayName("HEAD with a custom header is preflighted like GET; a method outside the policy is refused")
    void headAndNarrowPolicy() throws Exception {
        assertPreflightAllowed(preflight("secure", APP, "HEAD", "x-request-id"), APP, "GET");
        assertRefused(preflight("narrow", APP, "POST", "content-type"));
        assertPreflightAllowed(preflight("narrow", APP, "GET", null), APP, "GET");
    }
}
