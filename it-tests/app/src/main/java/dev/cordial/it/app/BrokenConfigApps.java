package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** Applications whose configured origins must stop startup. */
public final class BrokenConfigApps {

    public static final String BAD_PROPERTY = "cordial.it.bad.origins";
    public static final String BAD_VALUE = "https://ok.example.com, https://bad.example.com/";
    public static final String MISSING_PROPERTY = "cordial.it.missing.origins";
    public static final String CLEARTEXT_PROPERTY = "cordial.it.cleartext.origins";
    public static final String CLEARTEXT_VALUE = "https://ok.example.com, http://intranet.example.com";

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
}
