package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.browser.Engine;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The only real judges of CORS: browsers. On each {@link Engine} a page at
 * {@code http://localhost:A} calls {@link BrowserApp} at {@code http://localhost:B} with
 * {@code fetch(url, {credentials: 'include'})}: same site, cross origin, so cookies flow and CORS
 * applies. A suite runs this contract once per engine ({@code CordialTck.BrowserChromium},
 * {@code BrowserFirefox}, {@code BrowserWebKit}).
 */
public abstract class BrowserContract extends BrowserCase {

    protected BrowserContract(Engine engine) {
        super(engine);
    }

    @Override
    protected Application application(String pageOrigin) {
        return new BrowserApp(pageOrigin);
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
