package dev.cordial.runtime.internal;

import dev.cordial.runtime.CorsPolicy;
import jakarta.ws.rs.core.Configuration;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resolves {@code originsProperty} once at startup: the JAX-RS configuration property, then the
 * Java system property, then the environment variable (upper-cased, non-alphanumerics as
 * {@code _}). Every value is checked with {@link OriginSyntax}, the compile-time rules; any
 * problem, or a policy left with no origin at all, stops startup with a message naming the
 * property, the value and the rule.
 */
public final class PropertyOrigins {

    private PropertyOrigins() {}

    public static CorsPolicy resolve(CorsPolicy policy, Configuration config, Class<?> resource, Method method) {
        String key = policy.originsProperty();
        if (key.isBlank()) {
            return policy;
        }
        String source = "JAX-RS configuration property";
        Object raw = config == null ? null : config.getProperty(key);
        if (raw == null) {
            raw = System.getProperty(key);
            source = "system property";
        }
        if (raw == null) {
            raw = System.getenv(envName(key));
            source = "environment variable " + envName(key);
        }
        List<String> extra = new ArrayList<>();
        String where = "@AllowCredentials(originsProperty = \"" + key + "\") on " + resource.getName() + "."
                + method.getName();
        if (raw != null) {
            String value = raw.toString();
            for (String part : value.split(",", -1)) {
                String origin = part.strip();
                OriginSyntax.Verdict v = OriginSyntax.checkConfigured(origin);
                if (!v.valid()) {
                    throw new IllegalStateException("Cordial: " + where + ": the " + source + " \"" + key + "\" = \""
                            + value + "\" is invalid: origin \"" + origin + "\" " + v.message());
                }
                extra.add(origin);
            }
        }
        if (policy.origins().isEmpty() && extra.isEmpty()) {
            throw new IllegalStateException("Cordial: " + where + ": no origin at all: set the JAX-RS configuration"
                    + " property, the system property \"" + key + "\" or the environment variable " + envName(key)
                    + " to a comma-separated list of origins");
        }
        return policy.withMoreOrigins(extra);
    }

    /** {@code cors.origins} becomes {@code CORS_ORIGINS}. */
    public static String envName(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (char c : key.toUpperCase(Locale.ROOT).toCharArray()) {
            sb.append(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ? c : '_');
        }
        return sb.toString();
    }
}
