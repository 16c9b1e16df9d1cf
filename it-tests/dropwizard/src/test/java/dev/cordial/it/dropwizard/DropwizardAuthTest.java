package dev.cordial.it.dropwizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.ServerCase;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.basic.BasicCredentialAuthFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * dropwizard-auth as its documentation sets it up (AuthDynamicFeature + BasicCredentialAuthFilter +
 * RolesAllowedDynamicFeature): preflights answered before its filter, its 401 readable by an allowed
 * origin only.
 */
class DropwizardAuthTest extends ServerCase {

    private static final String ALICE = "Basic YWxpY2U6c2VjcmV0"; // alice:secret

    @ApplicationPath("api")
    static class AccountApp extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(AccountResource.class);
        }
    }

    @Override
    protected Application application() {
        return new AccountApp();
    }

    @Override
    protected RunningServer start(Application app) throws Exception {
        return DropwizardServer.start(app, DropwizardServer.STATUS_OVER_SEND_ERROR.andThen(environment -> {
            environment.jersey().register(new AuthDynamicFeature(new BasicCredentialAuthFilter.Builder<AccountResource.User>()
                    .setAuthenticator(credentials -> "alice".equals(credentials.getUsername())
                            && "secret".equals(credentials.getPassword())
                            ? Optional.of(new AccountResource.User("alice")) : Optional.empty())
                    .setAuthorizer((user, role, context) -> "USER".equals(role))
                    .setRealm("api")
                    .buildAuthFilter()));
            environment.jersey().register(RolesAllowedDynamicFeature.class);
            environment.jersey().register(new AuthValueFactoryProvider.Binder<>(AccountResource.User.class));
        }), server -> {});
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return send(request("account", origin).header("Access-Control-Request-Method", "PUT")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    @DisplayName("preflight: answered by Cordial before dropwizard-auth's filter; 403 for an unlisted origin")
    void preflight() throws Exception {
        HttpResponse<String> ok = preflight(APP);
        assertThat(ok.statusCode()).isEqualTo(204);
        assertAllowed(ok, APP);
        HttpResponse<String> refused = preflight(EVIL);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertNoCors(refused);
    }

    @Test
    @DisplayName("dropwizard-auth's 401 is readable by the allowed origin, and the method never runs")
    void readable401() throws Exception {
        int before = AccountResource.INVOKED.get();
        HttpResponse<String> r = send("GET", "account", APP);
        assertThat(r.statusCode()).isEqualTo(401);
        assertAllowed(r, APP);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"api\"");
        HttpResponse<String> wrong = send(request("account", APP).header("Authorization", "Basic YWxpY2U6d3Jvbmc=").GET());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertAllowed(wrong, APP);
        assertThat(AccountResource.INVOKED.get()).isEqualTo(before);
    }

    @Test
    @DisplayName("an unlisted origin gets no CORS headers, with or without credentials, and the method never runs")
    void unlistedOrigin() throws Exception {
        int before = AccountResource.INVOKED.get();
        HttpResponse<String> anonymous = send("GET", "account", EVIL);
        assertThat(anonymous.statusCode()).isIn(401, 403);
        assertNoCors(anonymous);
        HttpResponse<String> authenticated = send(request("account", EVIL).header("Authorization", ALICE).GET());
        assertThat(authenticated.statusCode()).isEqualTo(403);
        assertNoCors(authenticated);
        assertThat(AccountResource.INVOKED.get()).isEqualTo(before);
    }

    @Test
    @DisplayName("an authenticated request from the allowed origin is readable")
    void authenticated() throws Exception {
        HttpResponse<String> r = send(request("account", APP).header("Authorization", ALICE).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("hello alice");
        assertAllowed(r, APP);
        HttpResponse<String> put = send(request("account", APP).header("Authorization", ALICE)
                .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(put.body()).isEqualTo("alice put x");
        assertAllowed(put, APP);
    }
}
