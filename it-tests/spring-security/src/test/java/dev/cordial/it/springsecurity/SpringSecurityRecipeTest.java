package dev.cordial.it.springsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Invocations;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The recipe ({@link RecipeSecurity} and {@link Unauthenticated}): preflights answered by Cordial,
 * Spring Security's 401 readable by an allowed origin, and nothing for any other origin.
 */
class SpringSecurityRecipeTest extends SecurityCase {

    @Override
    protected RunningServer start(Application app) {
        return SecuredServer.start(app, config -> config.register(Unauthenticated.class), RecipeSecurity.class);
    }

    @Test
    @DisplayName("a preflight from an allowed origin passes Spring Security and gets Cordial's 204")
    void preflightAllowed() throws Exception {
        HttpResponse<String> r = preflight("orders", APP, "POST");
        assertThat(r.statusCode()).isEqualTo(204);
        assertAllowed(r, APP);
        assertThat(r.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(
                methods -> assertThat(methods).contains("POST"));
        HttpResponse<String> admin = preflight("orders/7", ADMIN, "DELETE");
        assertThat(admin.statusCode()).isEqualTo(204);
        assertAllowed(admin, ADMIN);
    }

    @Test
    @DisplayName("a preflight from an unlisted origin, or for a method its policy does not allow, gets Cordial's 403")
    void preflightRefused() throws Exception {
        for (HttpResponse<String> r : new HttpResponse[] {preflight("orders", EVIL, "POST"),
                preflight("orders/7", APP, "DELETE"), preflight("orders", "null", "POST")}) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertNoCors(r);
        }
    }

    @Test
    @DisplayName("Spring Security's 401 is readable by an allowed origin, and the resource method never runs")
    void readable401() throws Exception {
        int before = Invocations.count("orders.create");
        HttpResponse<String> r = post("orders", APP, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).isEqualTo("login required");
        assertAllowed(r, APP);
        assertThat(r.headers().allValues("Access-Control-Expose-Headers")).containsExactly("X-Total-Count");
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"api\"");
        assertThat(Invocations.count("orders.create")).isEqualTo(before);
    }

    @Test
    @DisplayName("wrong credentials: the 401 is readable too")
    void wrongCredentials401() throws Exception {
        HttpResponse<String> r = send(request("orders", DEV).header("Authorization", "Basic YWxpY2U6d3Jvbmc=").GET());
        assertThat(r.statusCode()).isEqualTo(401);
        assertAllowed(r, DEV);
    }

    @Test
    @DisplayName("the 401 for an unlisted origin carries no CORS headers, and the resource method never runs")
    void unlistedOrigin401() throws Exception {
        int before = Invocations.count("orders.create");
        for (String origin : new String[] {EVIL, "null", "https://app.example.com.evil.com"}) {
            HttpResponse<String> r = post("orders", origin, null);
            assertThat(r.statusCode()).as(origin).isIn(401, 403);
            assertNoCors(r);
        }
        HttpResponse<String> adminOnList = send(request("orders", ADMIN).GET());
        assertThat(adminOnList.statusCode()).isIn(401, 403);
        assertNoCors(adminOnList);
        assertThat(Invocations.count("orders.create")).isEqualTo(before);
    }

    @Test
    @DisplayName("without Origin: Spring Security's 401 as usual, plus Vary: Origin")
    void noOrigin401() throws Exception {
        HttpResponse<String> r = post("orders", null, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertNoCors(r);
        assertThat(varyTokens(r)).contains("origin");
    }

    @Test
    @DisplayName("a resource without @AllowCredentials: 401 without CORS headers, whatever the origin")
    void unannotated401() throws Exception {
        HttpResponse<String> r = send(request("public", APP).GET());
        assertThat(r.statusCode()).isEqualTo(401);
        assertNoCors(r);
    }

    @Test
    @DisplayName("an OPTIONS that is not a preflight still needs authentication")
    void plainOptionsAuthenticated() throws Exception {
        HttpResponse<String> r = send("OPTIONS", "orders", null);
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("browser sequence: preflight, then the authenticated request, readable")
    void authenticatedReadable() throws Exception {
        assertThat(preflight("orders", APP, "POST").statusCode()).isEqualTo(204);
        int before = Invocations.count("orders.create");
        HttpResponse<String> r = post("orders", APP, SecuredServer.ALICE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("created coffee");
        assertAllowed(r, APP);
        assertThat(Invocations.count("orders.create")).isEqualTo(before + 1);
        HttpResponse<String> evil = post("orders", EVIL, SecuredServer.ALICE);
        assertThat(evil.statusCode()).isEqualTo(403);
        assertNoCors(evil);
        assertThat(Invocations.count("orders.create")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("limitation: what Spring Security's firewall rejects (matrix parameters, %2F) never reaches Cordial: 400 without CORS headers")
    void firewallRejections() throws Exception {
        for (String path : new String[] {"orders;v=1", "orders/a%2Fb"}) {
            HttpResponse<String> pre = preflight(path, APP, "POST");
            assertThat(pre.statusCode()).as(path).isEqualTo(400);
            assertNoCors(pre);
            HttpResponse<String> actual = post(path, APP, SecuredServer.ALICE);
            assertThat(actual.statusCode()).as(path).isEqualTo(400);
            assertNoCors(actual);
        }
    }
}
