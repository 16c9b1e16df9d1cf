package dev.cordial.it.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.OrdersResource;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.ServerCase;
import dev.cordial.it.app.SessionAuthFilter;
import dev.cordial.it.app.SecureResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Jersey's programmatic resources next to annotated ones: a policy answers only for its own paths,
 * never for a programmatic handler at a more specific one.
 */
class JerseyProgrammaticTest extends ServerCase {

    @ApplicationPath("api")
    static class ProgrammaticApp extends ResourceConfig {
        ProgrammaticApp() {
            register(OrdersResource.class);
            register(SecureResource.class);
            register(SessionAuthFilter.class);
            Resource.Builder special = Resource.builder("orders/special");
            special.addMethod("GET").produces("text/plain").handledBy(ctx -> "special");
            Resource.Builder secureSpecial = Resource.builder("secure/items/special");
            secureSpecial.addMethod("DELETE").handledBy(ctx -> Response.noContent().build());
            registerResources(special.build(), secureSpecial.build());
        }
    }

    @Override
    protected Application application() {
        return new ProgrammaticApp();
    }

    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }

    private HttpResponse<String> preflight(String path, String origin, String method) throws Exception {
        return send(request(path, origin).header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    @DisplayName("a preflight to a programmatic resource is not approved under an annotated neighbour's policy")
    void preflightLeftToTheApplication() throws Exception {
        HttpResponse<String> r = preflight("orders/special", ADMIN, "DELETE");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        // the annotated neighbour still answers for its own path
        HttpResponse<String> own = preflight("orders/7", ADMIN, "DELETE");
        assertThat(own.statusCode()).isEqualTo(204);
        assertAllowed(own, ADMIN);
    }

    @Test
    @DisplayName("an authentication filter's 401 on a programmatic path carries no neighbour's CORS headers")
    void preMatching401NotDressedUp() throws Exception {
        HttpResponse<String> r = send(request("secure/items/special", ADMIN).DELETE());
        assertThat(r.statusCode()).isEqualTo(401);
        assertNoCors(r);
    }

    @Test
    @DisplayName("the programmatic resource itself is served untouched")
    void servedUntouched() throws Exception {
        HttpResponse<String> r = send("GET", "orders/special", EVIL);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("special");
        assertNoCors(r);
    }
}
