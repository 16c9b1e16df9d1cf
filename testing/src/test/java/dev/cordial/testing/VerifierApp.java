package dev.cordial.testing;

import dev.cordial.AllowCredentials;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.net.URISyntaxException;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The application issue 23 could not verify: an exact route, a pattern route and two property-only
 * routes, each allowing a different origin, so that no single fallback origin fits them all. Its
 * manifests are written by the processor into {@code target/test-classes}.
 */
@ApplicationPath("api")
public class VerifierApp extends Application {

    static final String APP = "https://app.example.com";
    static final String TENANT = "https://acme.tenants.example.com";
    /** Set by the tests as a Java system property, before the server starts. */
    static final String SYS_PROPERTY = "cordial.verifier.sys.origins";
    static final String SYS_ORIGIN = "https://config.example.com";
    /** Set by surefire as CORDIAL_VERIFIER_ENV_ORIGINS. */
    static final String ENV_PROPERTY = "cordial.verifier.env.origins";
    static final String ENV_ORIGIN = "https://env.example.com";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Exact.class, Pattern.class, FromSystemProperty.class, FromEnvironment.class);
    }

    @Path("exact")
    @AllowCredentials(origins = APP)
    public static class Exact {
        @GET
        public String get() {
            return "exact";
        }
    }

    @Path("pattern")
    @AllowCredentials(origins = "https://*.tenants.example.com")
    public static class Pattern {
        @GET
        public String get() {
            return "pattern";
        }
    }

    @Path("sysprop")
    @AllowCredentials(originsProperty = SYS_PROPERTY)
    public static class FromSystemProperty {
        @GET
        public String get() {
            return "sysprop";
        }
    }

    @Path("env")
    @AllowCredentials(originsProperty = ENV_PROPERTY)
    public static class FromEnvironment {
        @GET
        public String get() {
            return "env";
        }
    }

    /** Starts on Jersey, the system property set first: the runtime reads it once, at startup. */
    static RunningServer start() {
        System.setProperty(SYS_PROPERTY, SYS_ORIGIN);
        return JerseyApps.start(ResourceConfig.forApplication(new VerifierApp()));
    }

    /** {@code target/test-classes}, where the processor wrote this application's manifests. */
    static java.nio.file.Path manifests() {
        try {
            return java.nio.file.Path.of(VerifierApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
