package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@link HostileApp}'s resources, one per policy shape. Every resource method counts its
 * invocations: a refused request must never reach one. Apart from the application class, so that a
 * package serving them ({@link PackagedApp}) can leave {@link HostileApp} out.
 */
public final class HostileResources {

    private HostileResources() {}

    /** The three request kinds of the suite; each counts under "hostile". */
    public abstract static class Counted {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            Invocations.hit("hostile");
            return "get";
        }

        @POST
        @Consumes(MediaType.TEXT_PLAIN)
        @Produces(MediaType.TEXT_PLAIN)
        public String post(String body) {
            Invocations.hit("hostile");
            return "post";
        }

        @PUT
        @Consumes(MediaType.TEXT_PLAIN)
        @Produces(MediaType.TEXT_PLAIN)
        public String put(String body) {
            Invocations.hit("hostile");
            return "put";
        }
    }

    @Path("hostile/exact")
    @AllowCredentials(origins = "https://app.example.com", allowHeaders = "Content-Type")
    public static class Exact extends Counted {}

    @Path("hostile/pattern")
    @AllowCredentials(origins = "https://*.app.example.com", allowHeaders = "Content-Type")
    public static class Pattern extends Counted {}

    @Path("hostile/loopback")
    @AllowCredentials(origins = "http://localhost:5173", allowHeaders = "Content-Type")
    public static class Loopback extends Counted {}

    @Path("hostile/property")
    @AllowCredentials(originsProperty = HostileApp.PROPERTY, allowHeaders = "Content-Type")
    public static class FromProperty extends Counted {}
}
