package dev.cordial.it.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/**
 * Four policy shapes for the hostile-origin suite ({@link HostileResources}): an exact https origin,
 * a subdomain pattern, a loopback http origin, and origins from {@code originsProperty}.
 */
@ApplicationPath("api")
public class HostileApp extends Application {

    public static final String PROPERTY = "cordial.it.hostile.origins";

    /** Its value. */
    static final String PROPERTY_ORIGINS = "https://configured.example.com";

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
        return Set.of(HostileResources.Exact.class, HostileResources.Pattern.class, HostileResources.Loopback.class,
                HostileResources.FromProperty.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(PROPERTY, PROPERTY_ORIGINS);
    }
}
