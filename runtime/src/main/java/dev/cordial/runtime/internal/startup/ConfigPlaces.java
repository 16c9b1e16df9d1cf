package dev.cordial.runtime.internal.startup;

import jakarta.ws.rs.core.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The places an {@code originsProperty} value is looked up at startup, in this order:
 * <ol>
 *   <li>the JAX-RS configuration property ({@code Application#getProperties}, {@code ResourceConfig});
 *   <li>a platform's own configuration, handed over as the JAX-RS property {@link #PLATFORM_LOOKUP}
 *       (the Spring {@code Environment}, through cordial-spring-boot);
 *   <li>MicroProfile Config, when an implementation is on the class path (Quarkus
 *       {@code application.properties} and its profiles, {@code microprofile-config.properties}
 *       on Payara, Open Liberty, WildFly, Helidon);
 *   <li>the Java system property;
 *   <li>the environment variable, upper-cased with every other character as {@code _}.
 * </ol>
 */
// Public only for PLATFORM_LOOKUP, which CordialFeature publishes as CONFIG_LOOKUP.
public final class ConfigPlaces {

    /**
     * JAX-RS property whose value, a {@code java.util.function.Function<String, ?>}, looks a key
     * up in the platform's configuration; its {@code toString()} names the place in messages.
     * Public as {@code CordialFeature.CONFIG_LOOKUP}.
     */
    public static final String PLATFORM_LOOKUP = "dev.cordial.config.lookup";

    private static final Logger LOG = Logger.getLogger(ConfigPlaces.class.getName());
    private static final String MICROPROFILE = "dev.cordial.runtime.internal.container.MicroProfileConfigLookup";

    /** One place: its name for messages, and how to read a key there ({@code null} when unset). */
    record Place(String name, Function<String, Object> lookup) {}

    private ConfigPlaces() {}

    static List<Place> of(Configuration config) {
        List<Place> places = new ArrayList<>();
        places.add(new Place("JAX-RS configuration property", key -> config == null ? null : config.getProperty(key)));
        Object platform = config == null ? null : config.getProperty(PLATFORM_LOOKUP);
        if (platform instanceof Function<?, ?> lookup) {
            @SuppressWarnings("unchecked")
            Function<String, Object> typed = (Function<String, Object>) lookup;
            places.add(new Place(String.valueOf(platform), typed));
        }
        Place microProfile = microProfile();
        if (microProfile != null) {
            places.add(microProfile);
        }
        places.add(new Place("system property", System::getProperty));
        places.add(new Place("environment variable", key -> System.getenv(PropertyOrigins.envName(key))));
        return places;
    }

    /** MicroProfile Config through the container glue, when the API and an implementation are present. */
    @SuppressWarnings("unchecked")
    private static Place microProfile() {
        try {
            Class.forName("org.eclipse.microprofile.config.ConfigProvider", false, ConfigPlaces.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        try {
            Function<String, Object> lookup = (Function<String, Object>) Class.forName(MICROPROFILE)
                    .getMethod("create").invoke(null);
            return lookup == null ? null : new Place("MicroProfile Config", lookup);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // The API without an implementation (no ConfigProviderResolver): there is no such place.
            LOG.log(Level.FINE, "MicroProfile Config API present but no configuration available", e);
            return null;
        }
    }
}
