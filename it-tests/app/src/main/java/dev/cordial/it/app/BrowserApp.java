package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;

/**
 * What the browser tests call from a page on another loopback port. The page's port is chosen at
 * run time, so its origin reaches the policy through {@code originsProperty}.
 */
@jakarta.ws.rs.ApplicationPath("api")
public class BrowserApp extends Application {

    static final String PAGE_ORIGINS = "cordial.it.browser.origins";
    static final String COOKIE = "it_session";

    private final String pageOrigin;

    public BrowserApp(String pageOrigin) {
        this.pageOrigin = pageOrigin;
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(BrowserResource.class, ForeignResource.class, PublicResource.class, PageContract.class,
                BrowserChild.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(PAGE_ORIGINS, pageOrigin);
    }

    @Path("browser")
    @AllowCredentials(
            originsProperty = PAGE_ORIGINS,
            allowHeaders = {"Content-Type", "X-Request-Id"},
            exposeHeaders = "X-Request-Id")
    @Produces(MediaType.TEXT_PLAIN)
    public static class BrowserResource {

        @POST
        @Path("login")
        public Response login() {
            return Response.ok("logged in")
                    .cookie(new NewCookie.Builder(COOKIE).value("s3cr3t").path("/").sameSite(NewCookie.SameSite.LAX).build())
                    .build();
        }

        @GET
        @Path("whoami")
        public Response whoami(@CookieParam(COOKIE) String session) {
            return session == null ? Response.status(401).entity("no session").build()
                    : Response.ok("session " + session).build();
        }

        @POST
        @Path("json")
        @Consumes(MediaType.APPLICATION_JSON)
        public String json(String body) {
            return "got " + body;
        }

        @PUT
        @Path("items/{id}")
        @Consumes(MediaType.TEXT_PLAIN)
        public Response put(@PathParam("id") String id, @HeaderParam("X-Request-Id") String requestId, String body) {
            return Response.ok("put " + id + " " + body).header("X-Request-Id", requestId).build();
        }

        @DELETE
        @Path("items/{id}")
        public void delete(@PathParam("id") String id) {}

        @GET
        @Path("missing")
        public String missing() {
            throw new NotFoundException();
        }
    }

    @Path("foreign")
    @AllowCredentials(origins = "https://partner.example.com")
    public static class ForeignResource {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "for partner.example.com only";
        }
    }

    /** {@code @Path} on an interface, the policy on the implementing class (RESTEasy reports the interface). */
    @Path("browser-contract")
    public interface PageContractApi {
        @PUT
        @Consumes(MediaType.TEXT_PLAIN)
        @Produces(MediaType.TEXT_PLAIN)
        String put(String body);
    }

    @AllowCredentials(originsProperty = PAGE_ORIGINS)
    public static class PageContract implements PageContractApi {
        @Override
        public String put(String body) {
            return "contract " + body;
        }
    }

    /** An unannotated subclass with a {@code @Path} of its own: it inherits {@link BrowserResource}'s policy. */
    @Path("browser-child")
    public static class BrowserChild extends BrowserResource {}
}
