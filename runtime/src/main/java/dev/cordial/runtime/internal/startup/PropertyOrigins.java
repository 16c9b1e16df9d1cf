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
 * {@code _}). Every value is checked with {@link OriginSyntax}, the compile-time rules, including
 * that an {@code http://} origin outside loopback needs the policy's
 * {@code dangerouslyAllowCleartextOrigins}; any problem, or a policy left with no origin at all,
 * stops startup with a message naming the property, the value and the rule.
 */
public final class PropertyOrigins {

    private PropertyOrigins() {}

    /**
     * One key's value as read at startup.
     *
     * @param source where it was found, {@code "system property"}
     * @param value the value as found, {@code ""} when set nowhere
     * @param origins the origins it lists, each valid
     */
    public record Value(String source, String value, List<String> origins) {
        public Value {
            origins = List.copyOf(origins);
        }
    }

    /**
     * @param resolved values already read in this application, by key: each key is read and
     *     checked once, however many resource methods name it; what depends on the policy (its
     *     {@code dangerouslyAllowCleartextOrigins}) is checked for each
     */
    public static Policy resolve(Policy policy, Configuration config, Class<?> resource, Method method,
            Map<String, Value> resolved) {
        String key = policy.originsProperty();
        if (key.isBlank()) {
            return policy;
        }
        Value read = resolved.get(key);
        if (read == null) {
            read = read(key, config, resource, method);
            resolved.put(key, read);
        }
        List<String> extra = read.origins();
        if (policy.origins().isEmpty() && extra.isEmpty()) {
            throw new IllegalStateException(Messages.noOrigin(key, resource.getName(), method.getName(), envName(key)));
        }
        if (!policy.allowCleartext()) {
            for (String origin : extra) {
                if (Policy.cleartext(OriginSyntax.checkConfigured(origin).origin())) {
                    throw new IllegalStateException(Messages.cleartextPropertyOrigin(key, resource.getName(),
                            method.getName(), read.source(), read.value(), origin));
                }
            }
        }
        return policy.withMoreOrigins(extra);
    }

    private static Value read(String key, Configuration config, Class<?> resource, Method method) {
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
            return new Value(source, raw == null ? "" : raw.toString(), extra);
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
        return new Value(source, value, extra);
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
