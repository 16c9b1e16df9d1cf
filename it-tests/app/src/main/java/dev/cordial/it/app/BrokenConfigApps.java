package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * Applications whose configured origins must stop startup, and one that starts with a warning: a
 * property set nowhere beside the annotation's own origins.
 */
public final class BrokenConfigApps {

    public static final String BAD_PROPERTY = "cordial.it.bad.origins";
    public static final String BAD_VALUE = "https://ok.example.com, https://bad.example.com/";
    public static final String MISSING_PROPERTY = "cordial.it.missing.origins";
    public static final String CLEARTEXT_PROPERTY = "cordial.it.cleartext.origins";
    public static final String CLEARTEXT_VALUE = "https://ok.example.com, http://intranet.example.com";
    /** Set nowhere, on any row: the application starts, with one WARN naming every place looked. */
    public static final String UNSET_PROPERTY = "cordial.it.unset.origins";

    private BrokenConfigApps() {}

    @Path("bad")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = BAD_PROPERTY)
    public static class BadResource {
        @GET
        public String get() {
            return "never";
        }
    }

    @Path("cleartext")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = CLEARTEXT_PROPERTY)
    public static class CleartextResource {
        @GET
        public String get() {
            return "never";
        }
    }

    @Path("unconfigured")
    @AllowCredentials(originsProperty = MISSING_PROPERTY)
    public static class UnconfiguredResource {
        @GET
        public String get() {
            return "never";
        }
    }

    /** A configured origin with a trailing slash: the compile-time rule, applied at startup. */
    @ApplicationPath("api")
    public static class BadOriginApp extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(BadResource.class);
        }

        @Override
        public Map<String, Object> getProperties() {
            return Map.of(BAD_PROPERTY, BAD_VALUE);
        }
    }

    /** A configured http:// origin outside loopback, for a policy without dangerouslyAllowCleartextOrigins. */
    @ApplicationPath("api")
    public static class CleartextOriginApp extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(CleartextResource.class);
        }

        @Override
        public Map<String, Object> getProperties() {
            return Map.of(CLEARTEXT_PROPERTY, CLEARTEXT_VALUE);
        }
    }

    /** A policy whose only origins come from a property that is set nowhere. */
    @ApplicationPath("api")
    public static class NoOriginApp extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(UnconfiguredResource.class);
        }
    }

    @Path("unset")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = UNSET_PROPERTY)
    public static class UnsetPropertyResource {
        @GET
        public String get() {
            return "unset";
        }
    }

    /** Starts: the annotation's origin is allowed; the origins meant to come from the property are not. */
    @ApplicationPath("api")
    public static class UnsetPropertyApp extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(UnsetPropertyResource.class);
        }
    }
}
