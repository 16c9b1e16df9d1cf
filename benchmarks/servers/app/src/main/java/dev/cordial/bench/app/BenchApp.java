package dev.cordial.bench.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;

/**
 * The end-to-end benchmark's application (benchmarks/wrk.sh): the same trivial resource without
 * CORS and with {@code @AllowCredentials}, so that the difference is the CORS work alone.
 */
@ApplicationPath("api")
public class BenchApp extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Plain.class, Annotated.class);
    }

    @Path("bench/plain")
    public static class Plain {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "ok";
        }
    }

    @Path("bench/cors")
    @AllowCredentials(origins = "https://app.example.com")
    public static class Annotated {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "ok";
        }
    }
}
