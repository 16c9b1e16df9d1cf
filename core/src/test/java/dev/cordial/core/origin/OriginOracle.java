package dev.cordial.core.origin;

/**
 * The pattern rule restated without the matcher's code, for property tests: the candidate must
 * be the pattern's scheme, one or more valid lowercase labels, a dot, the pattern's domain, and
 * the pattern's port, and nothing else; an {@code xn--} label must be valid punycode.
 */
public final class OriginOracle {

    private OriginOracle() {}

    private static boolean validPunycode(String label) {
        try {
            String unicode = java.net.IDN.toUnicode(label, java.net.IDN.USE_STD3_ASCII_RULES);
            return !unicode.equals(label) && java.net.IDN.toASCII(unicode, java.net.IDN.USE_STD3_ASCII_RULES)
                    .equalsIgnoreCase(label);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static boolean matchesPattern(OriginSyntax.Origin pattern, String candidate) {
        String prefix = pattern.scheme() + "://";
        if (!candidate.startsWith(prefix)) {
            return false;
        }
        String authority = candidate.substring(prefix.length());
        String port = pattern.port() < 0 ? "" : ":" + pattern.port();
        if (!authority.endsWith("." + pattern.host() + port)) {
            return false;
        }
        String sub = authority.substring(0, authority.length() - pattern.host().length() - port.length() - 1);
        if (sub.isEmpty()) {
            return false;
        }
        for (String label : sub.split("\\.", -1)) {
            if (!label.matches("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")) {
                return false;
            }
            if (label.startsWith("xn--") && !validPunycode(label)) {
                return false; // browsers refuse such a host, so it is never a request's origin
            }
        }
        return true;
    }
}
