package dev.cordial.it.springsecurity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Invocations;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Known limitation, pinned: with a plain Spring Security chain ({@link DefaultSecurity}), Spring
 * Security answers before the Jersey servlet, so Cordial never sees preflights or unauthenticated
 * requests. If one of these starts failing, Cordial (or Spring) changed and the README row must too.
 */
class SpringSecurityDefaultTest extends SecurityCase {

    @Override
    protected RunningServer start(Application app) {
        return SecuredServer.start(app, config -> {}, DefaultSecurity.class);
    }

    @Test
    @DisplayName("limitation: a preflight gets Spring Security's 401 without CORS headers, so the browser never sends the request")
    void preflightRefusedBySpringSecurity() throws Exception {
        HttpResponse<String> r = preflight("orders", APP, "POST");
        assertThat(r.statusCode()).isEqualTo(401);
        assertNoCors(r);
    }

    @Test
    @DisplayName("limitation: Spring Security's 401 carries no CORS headers, so the script cannot read it")
    void unreadable401() throws Exception {
        int before = Invocations.count("orders.create");
        HttpResponse<String> r = post("orders", APP, null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertNoCors(r);
        assertThat(Invocations.count("orders.create")).isEqualTo(before);
    }

    @Test
    @DisplayName("what works without the recipe: an authenticated request reaches Jersey, and Cordial makes it readable")
    void authenticatedReadable() throws Exception {
        HttpResponse<String> r = post("orders", APP, SecuredServer.ALICE);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("created coffee");
        assertAllowed(r, APP);
        HttpResponse<String> evil = post("orders", EVIL, SecuredServer.ALICE);
        assertThat(evil.statusCode()).isEqualTo(403);
        assertNoCors(evil);
    }
}
