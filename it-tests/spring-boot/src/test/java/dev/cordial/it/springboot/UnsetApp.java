package dev.cordial.it.springboot;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** A policy with origins of its own and an {@code originsProperty} set nowhere: it starts, with one WARN. */
public class UnsetApp extends Application {

    public static final String PROPERTY = "cordial.it.springboot.unset.origins";

    @Path("unset")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = PROPERTY)
    public static class UnsetResource {
        @GET
        public String get() {
            return "unset";
        }

        @GET
        @Path("again")
        public String again() {
            return "again";
        }
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(UnsetResource.class);
    }
}
