package dev.cordial.runtime.internal.container;

import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads {@code originsProperty} keys from MicroProfile Config. Loaded by name, and only when the
 * API is on the class path, so no other stack ever links against it.
 */
public final class MicroProfileConfigLookup implements Function<String, Object> {

    private final Config config;

    private MicroProfileConfigLookup(Config config) {
        this.config = config;
    }

    /** The application's configuration; throws when the API has no implementation. */
    public static MicroProfileConfigLookup create() {
        return new MicroProfileConfigLookup(ConfigProvider.getConfig());
    }

    @Override
    public Object apply(String key) {
        return config.getOptionalValue(key, String.class).orElse(null);
    }

    @Override
    public String toString() {
        return "MicroProfile Config";
    }
}
