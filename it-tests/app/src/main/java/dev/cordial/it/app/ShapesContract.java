package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/spec/startup.md "Bound or refuse" and docs/spec/routing.md. Resource shapes real applications use. {@code @Path} interfaces ({@link ContractApi}): the policy
 * on the implementing class, on a generic interface's implementation, or on the interface method,
 * holds for actual requests and preflights, whichever class the container reports as the resource.
 * An unannotated subclass with a {@code @Path} of its own ({@link ContractResources.ChildResource})
 * inherits its superclass's policy, at its own path, for actual requests and preflights alike.
 */
public abstract class ShapesContract extends ServerCase {

    private HttpResponse<String> put(String path, String origin) throws IOException, InterruptedException {
        return send(request(path, origin).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString("x")));
    }

    private HttpResponse<String> preflight(String path, String origin) throws IOException, InterruptedException {
        return send(request(path, origin).header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contract", "generic", "notes-contract", "child"})
    @DisplayName("an unlisted origin's PUT is refused with 403 before the method runs")
    void unlistedOriginRefused(String path) throws Exception {
        int before = invocations(path + ".put");
        HttpResponse<String> r = put(path, EVIL);
        assertThat(r.statusCode()).isEqualTo(403);
        assertNoCors(r);
        assertThat(invocations(path + ".put")).as("the resource method ran").isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contract", "generic", "notes-contract", "child"})
    @DisplayName("the listed origin's PUT runs and is readable (or the container's own 415 is)")
    void listedOriginAllowed(String path) throws Exception {
        HttpResponse<String> r = put(path, APP);
        if (!path.equals("generic") && !path.equals("notes-contract") || has(Capability.GENERIC_BODIES)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).endsWith(" x");
        } else {
            assertThat(r.statusCode()).isEqualTo(415);
        }
        assertAllowed(r, APP);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contract", "generic", "notes-contract", "child"})
    @DisplayName("the listed origin's preflight for PUT is approved; an unlisted origin's is refused")
    void preflights(String path) throws Exception {
        HttpResponse<String> ok = preflight(path, APP);
        assertThat(ok.statusCode()).isEqualTo(204);
        assertAllowed(ok, APP);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("PUT"));
        HttpResponse<String> refused = preflight(path, EVIL);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertNoCors(refused);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contract", "generic", "child"})
    @DisplayName("a class-level policy covers the interface's other methods too")
    void classPolicyCoversGet(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, APP);
        assertThat(r.statusCode()).isEqualTo(200);
        assertAllowed(r, APP);
        assertThat(send("GET", path, EVIL).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("a method the interface leaves unannotated is not Cordial's")
    void unannotatedInterfaceMethod() throws Exception {
        HttpResponse<String> r = send("GET", "notes-contract", EVIL);
        assertThat(r.statusCode()).isEqualTo(200);
        assertNoCors(r);
    }
}
