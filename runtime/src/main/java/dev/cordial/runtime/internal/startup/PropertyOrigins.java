package dev.cordial.runtime.internal.startup;

import dev.cordial.core.naming.PropertyNames;
import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.core.origin.OriginSyntax;
import jakarta.ws.rs.core.Configuration;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Resolves {@code originsProperty} once at startup, from the places {@link ConfigPlaces} lists in
 * order: the JAX-RS configuration property, the platform's configuration (Spring), MicroProfile
 * Config, the Java system property, the environment variable (upper-cased, non-alphanumerics as
 * {@code _}). A key set nowhere while the policy lists origins logs one WARN naming every place looked. Every value is checked with {@link OriginSyntax}, the compile-time rules, including
 * that an {@code http://} origin outside loopback needs the policy's
 * {@code dangerouslyAllowCleartextOrigins}; any problem, or a policy left with no origin at all,
 * stops startup with a message naming the property, the value and the rule.
 */
public final class PropertyOrigins {

    private static final Logger LOG = Logger.getLogger(PropertyOrigins.class.getName());

    private PropertyOrigins() {}

    /**
     * One key's value as read at startup.
     *
     * @param source where it was found, {@code "system property"}
     * @param value the value as found, {@code ""} when set nowhere
     * @param origins the origins it lists, each valid
     */
    public record Value(String source, String value, List<String> origins, List<String> placesLooked) {
        public Value {
            origins = List.copyOf(origins);
            placesLooked = List.copyOf(placesLooked);
        }

        /** True when no place had the key. */
        public boolean unset() {
            return value.isEmpty() && origins.isEmpty();
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
            read = read(key, config, resource, method, policy.credentials());
            resolved.put(key, read);
            if (read.unset() && !policy.origins().isEmpty()) {
                // Allowed origins still work, so the application starts; but the origins meant to be
                // configured are refused, and this line is how an operator finds out why.
                LOG.warning(Messages.forPolicy(policy.credentials(),
                        Messages.unsetProperty(key, resource.getName(), method.getName(), read.placesLooked())));
            }
        }
        List<String> extra = read.origins();
        if (policy.origins().isEmpty() && extra.isEmpty()) {
            throw new IllegalStateException(Messages.forPolicy(policy.credentials(),
                    Messages.noOrigin(key, resource.getName(), method.getName(), read.placesLooked())));
        }
        if (!policy.toleratesCleartext()) {
            for (String origin : extra) {
                if (Policy.cleartext(OriginSyntax.checkConfigured(origin).origin())) {
                    throw new IllegalStateException(Messages.cleartextPropertyOrigin(key, resource.getName(),
                            method.getName(), read.source(), read.value(), origin));
                }
            }
        }
        return policy.withMoreOrigins(extra);
    }

    /** @param credentials whether the policy reading it first is credentialed, for the messages' wording */
    private static Value read(String key, Configuration config, Class<?> resource, Method method,
            boolean credentials) {
        List<String> looked = new ArrayList<>();
        String source = null;
        Object raw = null;
        for (ConfigPlaces.Place place : ConfigPlaces.of(config)) {
            String name = place.name().equals("environment variable") ? "environment variable " + envName(key)
                    : place.name();
            looked.add(name);
            try {
                raw = place.lookup().apply(key);
            } catch (RuntimeException e) {
                // A place that cannot answer (a conversion error, a broken source) must not pass for
                // "not set": the origins it holds would be refused without a word.
                throw new IllegalStateException(Messages.forPolicy(credentials, Messages.unreadableProperty(key,
                        resource.getName(), method.getName(), name, e)), e);
            }
            if (raw != null) {
                source = name;
                break;
            }
        }
        List<String> extra = new ArrayList<>();
        if (raw == null || raw.toString().isBlank()) {
            return new Value(source == null ? "nowhere" : source, raw == null ? "" : raw.toString(), extra, looked);
        }
        String value = raw.toString();
        for (String part : value.split(",", -1)) {
            String origin = part.strip();
            OriginSyntax.Verdict v = OriginSyntax.checkConfigured(origin);
            if (!v.valid()) {
                throw new IllegalStateException(Messages.forPolicy(credentials, Messages.invalidPropertyOrigin(key,
                        resource.getName(), method.getName(), source, value, origin, v.message())));
            }
            extra.add(origin);
        }
        return new Value(source, value, extra, looked);
    }

    /** {@code cors.origins} becomes {@code CORS_ORIGINS}. */
    public static String envName(String key) {
        return PropertyNames.environmentVariable(key);
    }
}
