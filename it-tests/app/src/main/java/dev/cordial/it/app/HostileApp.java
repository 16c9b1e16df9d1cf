package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;

/**
 * Four policy shapes for the hostile-origin suite: an exact https origin, a subdomain pattern, a
 * loopback http origin, and origins from {@code originsProperty}. Every resource method counts its
 * invocations: a refused request must never reach one.
 */
@ApplicationPath("api")
public class HostileApp extends Application {

    public static final String PROPERTY = "cordial.it.hostile.origins";

    /** Shape name, the origin each allows (for the control requests), and its path. */
    public enum Shape {
        EXACT("https://app.example.com", "hostile/exact"),
        PATTERN("https://pr-7.app.example.com", "hostile/pattern"),
        LOOPBACK("http://localhost:5173", "hostile/loopback"),
        PROPERTY("https://configured.example.com", "hostile/property");

        public final String allowed;
        public final String path;

        Shape(String allowed, String path) {
            this.allowed = allowed;
            this.path = path;
        }
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Exact.class, Pattern.class, Loopback.class, FromProperty.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(PROPERTY, "https://configured.example.com");
    }

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
    @AllowCredentials(originsProperty = PROPERTY, allowHeaders = "Content-Type")
    public static class FromProperty extends Counted {}
}
