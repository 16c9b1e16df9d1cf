package dev.cordial.core.origin;

/**
 * The pattern rule restated without the matcher's code, for property tests: the candidate must
 * be the pattern's scheme, one or more lowercase labels of letters, digits, "-" and "_" (at most
 * 63 characters each, 253 in all), a dot, the pattern's domain, and the pattern's port, and
 * nothing else; a host with {@code xn--} labels must be one ICU4J accepts as the URL Standard
 * applies UTS #46.
 */
public final class OriginOracle {

    private OriginOracle() {}

    /** URL hosts do not count these UTS #46 errors: the URL Standard's domain to ASCII has beStrict false. */
    private static final java.util.Set<com.ibm.icu.text.IDNA.Error> NOT_CHECKED_BY_URLS = java.util.EnumSet.of(
            com.ibm.icu.text.IDNA.Error.HYPHEN_3_4, com.ibm.icu.text.IDNA.Error.LEADING_HYPHEN,
            com.ibm.icu.text.IDNA.Error.TRAILING_HYPHEN, com.ibm.icu.text.IDNA.Error.EMPTY_LABEL,
            com.ibm.icu.text.IDNA.Error.LABEL_TOO_LONG, com.ibm.icu.text.IDNA.Error.DOMAIN_NAME_TOO_LONG);

    private static final com.ibm.icu.text.IDNA ICU = com.ibm.icu.text.IDNA.getUTS46Instance(
            com.ibm.icu.text.IDNA.NONTRANSITIONAL_TO_ASCII | com.ibm.icu.text.IDNA.NONTRANSITIONAL_TO_UNICODE
                    | com.ibm.icu.text.IDNA.CHECK_BIDI | com.ibm.icu.text.IDNA.CHECK_CONTEXTJ);

    /**
     * ICU4J's domain to ASCII, the reference implementation of UTS #46, with the options the URL
     * Standard sets; {@code null} where it fails.
     */
    public static String icuToAscii(String host) {
        StringBuilder out = new StringBuilder();
        com.ibm.icu.text.IDNA.Info info = new com.ibm.icu.text.IDNA.Info();
        ICU.nameToASCII(host, out, info);
        java.util.Set<com.ibm.icu.text.IDNA.Error> errors = java.util.EnumSet.noneOf(com.ibm.icu.text.IDNA.Error.class);
        errors.addAll(info.getErrors());
        errors.removeAll(NOT_CHECKED_BY_URLS);
        return errors.isEmpty() ? out.toString() : null;
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
            if (!label.matches("[a-z0-9_-]{1,63}")) {
                return false;
            }
        }
        String host = sub + "." + pattern.host();
        // Browsers refuse a host with an invalid "xn--" label, so it is never a request's origin.
        return host.length() <= 253 && (!host.contains("xn--") || host.equals(icuToAscii(host)));
    }
}
