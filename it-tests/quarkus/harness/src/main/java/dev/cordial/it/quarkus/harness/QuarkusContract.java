package dev.cordial.it.quarkus.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.HostileOrigins;
import dev.cordial.it.app.RawHttp;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.ServerCase;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases every packaged Quarkus application runs, against one server (a {@code java -jar}
 * process) per stack. The application (../app-src) runs in another process, so a refused request
 * is proven never to have reached a method through the counts it serves on an unannotated
 * endpoint ({@code GET counts/{name}}).
 */
public abstract class QuarkusContract extends ServerCase {

    private static final Pattern SUMMARY = Pattern.compile("Cordial: (\\d+) resource methods? bound under (\\d+) polic");

    private QuarkusApp app;
    private boolean announcedBeforeFirstRequest;

    /** Resource methods Cordial binds in the shared application: orders 5, secure 2, hostile 3, interfaces 2 + 2 + 1. */
    protected int expectedBoundMethods() {
        return 15;
    }

    /** One policy per distinct annotation: orders 2 (class, DELETE), secure, hostile, contract, generic, notes. */
    protected int expectedPolicies() {
        return 7;
    }

    /**
     * False where the container cannot read a request body whose type is a type variable (it looks
     * for a reader of the erased type and answers 415 itself, as plain RESTEasy does).
     */
    protected boolean readsGenericBodies() {
        return true;
    }

    /** Not used: the application is the packaged jar of the module under test. */
    @Override
    protected Application application() {
        return new Application();
    }

    @Override
    protected RunningServer start(Application ignored) throws Exception {
        app = QuarkusApp.start(getClass().getSimpleName());
        announcedBeforeFirstRequest = app.output().stream().anyMatch(l -> SUMMARY.matcher(l).find());
        return app;
    }

    private int count(String name) throws Exception {
        HttpResponse<String> r = send("GET", "counts/" + name, null);
        assertThat(r.statusCode()).as("counts/" + name).isEqualTo(200);
        return Integer.parseInt(r.body().trim());
    }

    private HttpRequest.Builder preflight(String path, String origin, String method, String headers) {
        HttpRequest.Builder b = request(path, origin).header("Access-Control-Request-Method", method);
        if (headers != null) {
            b.header("Access-Control-Request-Headers", headers);
        }
        return b.method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    private static HttpRequest.BodyPublisher text(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    // ---- actual requests -------------------------------------------------------------------

    @Test
    @DisplayName("allowed origins: one ACAO equal to Origin, ACAC true, the expose headers, Vary: Origin")
    void allowedOrigins() throws Exception {
        for (String origin : List.of(APP, DEV)) {
            HttpResponse<String> r = send("GET", "orders", origin);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("orders");
            assertAllowed(r, origin);
            assertThat(r.headers().allValues("Access-Control-Expose-Headers")).containsExactly("X-Total-Count");
        }
    }

    @ParameterizedTest(name = "Origin: {0}")
    @ValueSource(strings = {EVIL, "null", "https://app.example.com.evil.com", "https://APP.example.com"})
    @DisplayName("unlisted origins: 403, no Access-Control-* header, the method never ran (GET and simple POST)")
    void unlistedOrigins(String origin) throws Exception {
        int list = count("orders.list");
        int create = count("orders.create");
        HttpResponse<String> get = send("GET", "orders", origin);
        assertThat(get.statusCode()).isEqualTo(403);
        assertNoCors(get);
        HttpResponse<String> post = send(request("orders", origin).header("Content-Type", "text/plain")
                .POST(text("coffee")));
        assertThat(post.statusCode()).isEqualTo(403);
        assertNoCors(post);
        assertThat(count("orders.list")).as("orders.list ran").isEqualTo(list);
        assertThat(count("orders.create")).as("orders.create ran").isEqualTo(create);
    }

    @Test
    @DisplayName("allowed simple POST runs once and is readable")
    void allowedPost() throws Exception {
        int before = count("orders.create");
        HttpResponse<String> r = send(request("orders", APP).header("Content-Type", "text/plain").POST(text("coffee")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("created coffee");
        assertAllowed(r, APP);
        assertThat(count("orders.create")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a method-level policy replaces the class-level one for its method")
    void methodLevelOverride() throws Exception {
        int before = count("orders.remove");
        HttpResponse<String> admin = send("DELETE", "orders/7", ADMIN);
        assertThat(admin.statusCode()).isEqualTo(204);
        assertAllowed(admin, ADMIN);
        HttpResponse<String> app = send("DELETE", "orders/7", APP);
        assertThat(app.statusCode()).isEqualTo(403);
        assertNoCors(app);
        assertThat(count("orders.remove")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("no Origin: handled as usual, no CORS headers, Vary: Origin")
    void noOrigin() throws Exception {
        HttpResponse<String> r = send("GET", "orders", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertNoCors(r);
        assertThat(varyTokens(r)).containsOnlyOnce("origin");
    }

    @Test
    @DisplayName("an unannotated resource is untouched: no CORS headers, no Vary")
    void unannotated() throws Exception {
        HttpResponse<String> r = send("GET", "counts/none", EVIL);
        assertThat(r.statusCode()).isEqualTo(200);
        assertNoCors(r);
        assertThat(r.headers().allValues("Vary")).isEmpty();
    }

    // ---- errors ------------------------------------------------------------------------------

    @Test
    @DisplayName("unmapped exception: a 500 carrying ACAO for the allowed origin; 403 before the method for others")
    void unmappedException() throws Exception {
        int before = count("orders.boom");
        HttpResponse<String> r = send("GET", "orders/errors/boom", APP);
        assertThat(r.statusCode()).isEqualTo(500);
        assertAllowed(r, APP);
        assertThat(count("orders.boom")).isEqualTo(before + 1);
        HttpResponse<String> refused = send("GET", "orders/errors/boom", EVIL);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertNoCors(refused);
        assertThat(count("orders.boom")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("WebApplicationException: its 404 carries the CORS headers for the allowed origin")
    void webApplicationException() throws Exception {
        HttpResponse<String> r = send("GET", "orders/missing", APP);
        assertThat(r.statusCode()).isEqualTo(404);
        assertAllowed(r, APP);
    }

    // ---- preflights and the authentication filter ------------------------------------------

    @Test
    @DisplayName("preflight answered before the @PreMatching authentication filter: 204, which never saw it")
    void preflightBeforeAuthentication() throws Exception {
        int auth = count("auth");
        HttpResponse<String> pre = send(preflight("secure/items", APP, "POST", "content-type"));
        assertThat(pre.statusCode()).isEqualTo(204);
        assertThat(pre.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
        assertThat(pre.headers().allValues("Access-Control-Allow-Credentials")).containsExactly("true");
        assertThat(pre.headers().allValues("Access-Control-Allow-Methods")).hasSize(1);
        assertThat(Arrays.asList(pre.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().split(",\\s*")))
                .contains("POST");
        assertThat(pre.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("content-type");
        assertThat(pre.headers().allValues("Access-Control-Max-Age")).containsExactly("600");
        assertThat(varyTokens(pre)).containsExactlyInAnyOrder("origin", "access-control-request-method",
                "access-control-request-headers");
        assertThat(count("auth")).as("the authentication filter saw the preflight").isEqualTo(auth);

        int created = count("secure.create");
        HttpResponse<String> post = send(request("secure/items", APP).header("Cookie", "session=ok")
                .header("Content-Type", "application/json").POST(text("{\"n\":1}")));
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).isEqualTo("created {\"n\":1}");
        assertAllowed(post, APP);
        assertThat(count("secure.create")).isEqualTo(created + 1);
        assertThat(count("auth")).isEqualTo(auth + 1);
    }

    @Test
    @DisplayName("preflight from an unlisted origin: 403 without CORS headers, before authentication")
    void preflightUnlisted() throws Exception {
        int auth = count("auth");
        for (String origin : List.of(EVIL, "null")) {
            HttpResponse<String> r = send(preflight("secure/items", origin, "POST", "content-type"));
            assertThat(r.statusCode()).as(origin).isEqualTo(403);
            assertNoCors(r);
        }
        HttpResponse<String> badHeader = send(preflight("secure/items", APP, "POST", "x-evil"));
        assertThat(badHeader.statusCode()).isEqualTo(403);
        assertNoCors(badHeader);
        assertThat(count("auth")).isEqualTo(auth);
    }

    @Test
    @DisplayName("the authentication filter's 401 is readable by the allowed origin, and only by it")
    void readable401() throws Exception {
        int created = count("secure.create");
        HttpResponse<String> r = send(request("secure/items", APP).header("Content-Type", "application/json")
                .POST(text("{}")));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).isEqualTo("login required");
        assertAllowed(r, APP);
        HttpResponse<String> other = send("GET", "secure", EVIL);
        assertThat(other.statusCode()).as("README: a refused origin gets the filter's 401").isEqualTo(401);
        assertNoCors(other);
        assertThat(count("secure.create")).isEqualTo(created);
    }

    // ---- Vary --------------------------------------------------------------------------------

    @Test
    @DisplayName("Vary: Origin on every response of an annotated resource, with and without Origin, every status")
    void varyOnEveryResponse() throws Exception {
        List<HttpRequest.Builder> all = new ArrayList<>();
        for (String origin : new String[] {APP, EVIL, null}) {
            all.add(request("orders", origin).GET());
            all.add(request("orders", origin).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            all.add(request("orders", origin).header("Content-Type", "text/plain").POST(text("x")));
            all.add(request("orders/missing", origin).GET());
            all.add(request("orders/errors/boom", origin).GET());
            all.add(request("orders", origin).method("PUT", text("x")));
            all.add(request("orders/7", origin).DELETE());
            all.add(request("secure", origin).GET());
            all.add(request("secure", origin).header("Cookie", "session=ok").GET());
            all.add(request("contract", origin).GET());
            all.add(request("generic", origin).GET());
            all.add(request("hostile/exact", origin).GET());
        }
        all.add(preflight("orders", APP, "POST", null));
        all.add(preflight("orders", EVIL, "POST", null));
        all.add(preflight("secure/items", APP, "POST", "content-type"));
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> withoutVary = new ArrayList<>();
        for (HttpRequest request : all.stream().map(HttpRequest.Builder::build).toList()) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(request, (name, value) -> true));
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (!varyTokens(r).contains("origin")) {
                withoutVary.add(String.format("%s %s (Origin %s) -> %d", request.method(), request.uri().getPath(),
                        request.headers().firstValue("Origin").orElse("none"), r.statusCode()));
            }
        }
        System.out.printf("%s: Vary: Origin on %d of %d responses of annotated resources; statuses %s%n",
                getClass().getSimpleName(), all.size() - withoutVary.size(), all.size(), statuses);
        assertThat(statuses.keySet()).as("2xx, 4xx and 5xx covered").anyMatch(s -> s / 100 == 2)
                .anyMatch(s -> s / 100 == 4).anyMatch(s -> s / 100 == 5);
        assertThat(withoutVary).isEmpty();
    }

    // ---- hostile origins ---------------------------------------------------------------------

    private RawHttp.Response raw(String kind, String origin) throws IOException {
        String originLine = "Origin: " + origin;
        return switch (kind) {
            case "GET" -> RawHttp.send(server.baseUri(), "GET", "hostile/exact", List.of(originLine), null);
            case "POST text/plain" -> RawHttp.send(server.baseUri(), "POST", "hostile/exact",
                    List.of(originLine, "Content-Type: text/plain"), "x");
            default -> RawHttp.send(server.baseUri(), "OPTIONS", "hostile/exact", List.of(originLine,
                    "Access-Control-Request-Method: PUT", "Access-Control-Request-Headers: content-type"), null);
        };
    }

    private static final List<String> KINDS = List.of("GET", "POST text/plain", "preflight PUT");

    @Test
    @DisplayName("hostile origins against an exact-origin resource: none allowed, none reflected, never a 5xx")
    void hostileOrigins() throws Exception {
        HostileOrigins.Target target = new HostileOrigins.Target("https", "app.example.com", "");
        int before = count("hostile");
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> withCors = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> notCordials = new ArrayList<>();
        List<HostileOrigins.Attack> attacks = HostileOrigins.all();
        for (HostileOrigins.Attack attack : attacks) {
            String origin = attack.value().apply(target);
            for (String kind : KINDS) {
                RawHttp.Response r = raw(kind, origin);
                statuses.merge(r.status(), 1, Integer::sum);
                String where = attack.kind() + " / " + attack.name() + " / " + kind + " -> " + r.status();
                if (r.hasCorsHeaders()) {
                    withCors.add(where);
                }
                if (r.status() >= 500) {
                    serverErrors.add(where);
                }
                if (r.status() == 400 || r.status() == 0) {
                    notCordials.add(where);
                }
            }
        }
        int invoked = count("hostile") - before;
        System.out.printf("%s: %d hostile origins x %d request kinds; with CORS headers: %d; 5xx: %d;"
                        + " invocations: %d; statuses (0 = closed without answer): %s%n", getClass().getSimpleName(),
                attacks.size(), KINDS.size(), withCors.size(), serverErrors.size(), invoked, statuses);
        notCordials.forEach(n -> System.out.println("  refused by the HTTP layer before Cordial: " + n));
        assertThat(attacks).hasSizeGreaterThanOrEqualTo(80);
        assertThat(withCors).as("responses carrying CORS headers").isEmpty();
        assertThat(serverErrors).as("5xx responses").isEmpty();
        assertThat(invoked).as("resource-method invocations").isZero();

        for (String kind : KINDS) { // control: the allowed origin does get the headers over the same socket client
            RawHttp.Response r = raw(kind, APP);
            assertThat(r.status()).as(kind).isBetween(200, 299);
            assertThat(r.all("Access-Control-Allow-Origin")).as(kind).containsExactly(APP);
            assertThat(r.all("Access-Control-Allow-Credentials")).as(kind).containsExactly("true");
        }
    }

    // ---- @Path interfaces --------------------------------------------------------------------

    private HttpResponse<String> put(String path, String origin) throws Exception {
        return send(request(path, origin).header("Content-Type", "text/plain").PUT(text("x")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contract", "generic", "notes-contract"})
    @DisplayName("@Path interfaces: an unlisted origin's PUT gets 403 and never runs; the allowed one's is readable")
    void pathInterfaces(String path) throws Exception {
        int before = count(path + ".put");
        HttpResponse<String> refused = put(path, EVIL);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertNoCors(refused);
        assertThat(count(path + ".put")).as("the resource method ran").isEqualTo(before);

        HttpResponse<String> ok = put(path, APP);
        if (path.equals("contract") || readsGenericBodies()) {
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).endsWith(" x");
            assertThat(count(path + ".put")).isEqualTo(before + 1);
        } else {
            assertThat(ok.statusCode()).isEqualTo(415);
        }
        assertAllowed(ok, APP);

        HttpResponse<String> pre = send(preflight(path, APP, "PUT", null));
        assertThat(pre.statusCode()).isEqualTo(204);
        assertAllowed(pre, APP);
        assertThat(pre.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("PUT");
        HttpResponse<String> preRefused = send(preflight(path, EVIL, "PUT", null));
        assertThat(preRefused.statusCode()).isEqualTo(403);
        assertNoCors(preRefused);
    }

    @Test
    @DisplayName("@Path interfaces: the class-level policy covers GET; the interface's unannotated GET is not Cordial's")
    void interfaceGets() throws Exception {
        for (String path : List.of("contract", "generic")) {
            assertAllowed(send("GET", path, APP), APP);
            assertThat(send("GET", path, EVIL).statusCode()).as(path).isEqualTo(403);
        }
        HttpResponse<String> notes = send("GET", "notes-contract", EVIL);
        assertThat(notes.statusCode()).isEqualTo(200);
        assertNoCors(notes);
    }

    // ---- startup log -------------------------------------------------------------------------

    @Test
    @DisplayName("one INFO line 'Cordial: N resource methods bound under P policies' after the first request")
    void summaryLine() throws Exception {
        assertThat(announcedBeforeFirstRequest).as("summary logged before the first request").isFalse();
        send("GET", "orders", APP);
        List<String> lines = List.of();
        for (int i = 0; i < 50 && lines.isEmpty(); i++) {
            lines = app.output().stream().filter(l -> SUMMARY.matcher(l).find()).toList();
            if (lines.isEmpty()) {
                Thread.sleep(20);
            }
        }
        assertThat(lines).as("summary lines in the application's output").hasSize(1);
        String line = lines.get(0);
        assertThat(line).contains("INFO");
        Matcher m = SUMMARY.matcher(line);
        assertThat(m.find()).isTrue();
        assertThat(line).as("methods and policies").contains("Cordial: " + expectedBoundMethods()
                + " resource methods bound under " + expectedPolicies() + " policies");
    }
}
