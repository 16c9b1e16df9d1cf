package dev.cordial.it.resteasy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.jboss.resteasy.spi.Failure;
import org.junit.jupiter.api.Test;

/**
 * RESTEasy's own {@link Failure} carries a status; Cordial's fallback exception mapper must keep
 * it rather than turn it into a 500, and still add the CORS headers.
 */
class ResteasyFailureTest {

    @Path("teapot")
    @AllowCredentials(origins = "https://app.example.com")
    public static class TeapotResource {
        @GET
        public String brew() {
            throw new Failure("short and stout", 418);
        }
    }

    @ApplicationPath("api")
    public static class TeapotApp extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(TeapotResource.class);
        }
    }

    @Test
    void failureKeepsItsStatusAndGetsCorsHeaders() throws Exception {
        try (ResteasyServer server = ResteasyServer.start(new TeapotApp(), 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(server.baseUri().resolve("teapot"))
                            .header("Origin", "https://app.example.com").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(418);
            assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly("https://app.example.com");
        }
    }
}
