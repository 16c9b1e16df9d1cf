package dev.cordial.core.naming;

import java.util.Locale;

/**
 * The environment variable an {@code originsProperty} key is read from, as the runtime reads it
 * and the verifier reads it: one rule, so the two cannot drift apart.
 */
public final class PropertyNames {

    private PropertyNames() {}

    /** {@code cors.origins} becomes {@code CORS_ORIGINS}: upper-cased, every other character {@code _}. */
    public static String environmentVariable(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (char c : key.toUpperCase(Locale.ROOT).toCharArray()) {
            sb.append(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ? c : '_');
        }
        return sb.toString();
    }
}
