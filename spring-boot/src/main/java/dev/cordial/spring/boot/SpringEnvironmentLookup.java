package dev.cordial.spring.boot;

import java.util.List;
import java.util.function.Function;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.Environment;

/**
 * {@code originsProperty} looked up in the Spring {@link Environment}: application.properties,
 * application.yml, the active profiles, command-line arguments, and environment variables by
 * Spring's relaxed names ({@code ORDERS_CORS_ORIGINS} for {@code orders.cors.origins}). A YAML
 * list and a comma-separated string both come back as one comma-separated string.
 * Handed to Cordial as {@link dev.cordial.runtime.CordialFeature#CONFIG_LOOKUP}; its
 * {@link #toString()} is how Cordial's messages name the place.
 */
public final class SpringEnvironmentLookup implements Function<String, Object> {

    /** The place's name in Cordial's messages. */
    public static final String NAME = "Spring Environment (application.properties, application.yml, profiles,"
            + " relaxed environment names)";

    private final Environment environment;

    public SpringEnvironmentLookup(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object apply(String key) {
        if (ConfigurationPropertyName.isValid(key)) {
            // Binder sees relaxed names and indexed (YAML list) values that getProperty does not.
            List<String> values = Binder.get(environment).bind(key, Bindable.listOf(String.class)).orElse(null);
            if (values != null) {
                return String.join(",", values);
            }
        }
        return environment.getProperty(key);
    }

    @Override
    public String toString() {
        return NAME;
    }
}
