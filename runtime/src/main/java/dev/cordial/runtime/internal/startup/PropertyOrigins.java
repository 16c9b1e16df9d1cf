package dev.cordial.runtime.internal.startup;

import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.core.origin.OriginSyntax;
import jakarta.ws.rs.core.Configuration;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves {@code originsProperty} once at startup: the JAX-RS configuration property, then the
 * Java system property, then the environment variable (upper-cased, non-alphanumerics as
 * {@code _}). Every value is checked with {@link OriginSyntax}, the compile-time rules; any
 * problem, or a policy left with no origin at all, stops startup with a message naming the
 * property, the value and the rule.
 */
public final class PropertyOrigins {

    private PropertyOrigins() {}

    /**
     * @param resolved origins already read in this application, by key: each key is read and
     *     checked once, however many resource methods name it
     */
    public static Policy resolve(Policy policy, Configuration config, Class<?> resource, Method method,
            Map<String, List<String>> resolved) {
        String key = policy.originsProperty();
        if (key.isBlank()) {
            return policy;
        }
        List<String> extra = resolved.get(key);
        if (extra == null) {
            extra = read(key, config, resource, method);
            resolved.put(key, extra);
        }
        if (policy.origins().isEmpty() && extra.isEmpty()) {
            throw new IllegalStateException(Messages.noOrigin(key, resource.getName(), method.getName(), envName(key)));
        }
        return policy.withMoreOrigins(extra);
    }

    private static List<String> read(String key, Configuration config, Class<?> resource, Method method) {
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
        if (raw == null || raw.toString().isBlank()) {
            return extra;
        }
        String value = raw.toString();
        for (String part : value.split(",", -1)) {
            String origin = part.strip();
            OriginSyntax.Verdict v = OriginSyntax.checkConfigured(origin);
            if (!v.valid()) {
                throw new IllegalStateException(Messages.invalidPropertyOrigin(key, resource.getName(), method.getName(),
                        source, value, origin, v.message()));
            }
            extra.add(origin);
        }
        return List.copyOf(extra);
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
