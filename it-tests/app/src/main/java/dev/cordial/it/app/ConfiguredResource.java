package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Origins from configuration, one resource per source: the JAX-RS configuration property (which
 * {@link TestApp} sets, and which wins over a system property of the same name), a Java system
 * property and an environment variable (both set by the build's surefire configuration), and the
 * platform's configuration file where the row has one.
 */
public final class ConfiguredResource {

    /** Set by a row's own configuration file (Capability.PLATFORM_CONFIGURATION), nowhere else. */
    public static final String PLATFORM_PROPERTY = "cordial.it.platform.origins";

    private ConfiguredResource() {}

    @Path("configured")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = TestApp.ORIGINS_PROPERTY)
    public static class FromApplication {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "configured";
        }
    }

    @Path("sysprop")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = "cordial.it.sys.origins")
    public static class FromSystemProperty {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "sysprop";
        }
    }

    @Path("env")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = "cordial.it.env.origins")
    public static class FromEnvironment {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "env";
        }
    }

    /** Origins from the platform's own configuration file, where the row has one. */
    @Path("platform")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = PLATFORM_PROPERTY)
    public static class FromPlatform {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "platform";
        }
    }
}
