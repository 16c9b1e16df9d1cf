package dev.cordial.core.origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one grammar of configured origins, shared by the annotation processor (compile time) and
 * the runtime (configured origins at startup, request origins per request), so the same string
 * gets the same verdict everywhere.
 *
 * <p>A configured origin is either a serialized origin, {@code scheme://host[:port]} exactly as a
 * browser sends it in {@code Origin}, or a subdomain pattern {@code scheme://*.domain[:port]}.
 * Anything else is rejected with a message that names the rule and, where one exists, the
 * canonical spelling.
 *
 * <p>Depends on nothing but {@code java.base}: it runs inside javac and inside the server.
 */
public final class OriginSyntax {

    /** Longest origin accepted: a 253-character host, a scheme and a port fit well below it. */
    public static final int MAX_LENGTH = 300;

    private OriginSyntax() {}

    /**
     * The verdict on one configured origin.
     *
     * @param value the text that was checked
     * @param origin the parsed origin when valid, else {@code null}
     * @param problem why it is invalid ("must not ..."), else {@code null}
     * @param suggestion the canonical spelling when one exists, else {@code null}
     */
    public record Verdict(String value, Origin origin, String problem, String suggestion) {
        public boolean valid() {
            return origin != null;
        }

        /** The full message: the problem, then {@code did you mean "..."?} when a fix exists. */
        public String message() {
            if (problem == null) {
                return null;
            }
            return suggestion == null ? problem : problem + "; did you mean \"" + suggestion + "\"?";
        }
    }

    /**
     * A valid origin or pattern. For a pattern, {@code host} is the domain after {@code *.}.
     */
    public record Origin(String scheme, String host, int port, boolean pattern) {
        /** An IPv6 or IPv4 literal: never matched by a pattern. */
        public boolean ipLiteral() {
            return host.startsWith("[") || isIpv4(host);
        }

        @Override
        public String toString() {
            return scheme + "://" + (pattern ? "*." : "") + host + (port >= 0 ? ":" + port : "");
        }
    }

    /** Checks a configured origin or pattern (what {@code @AllowCredentials(origins)} holds). */
    public static Verdict checkConfigured(String value) {
        Verdict verdict = check(value, true);
        if (verdict.valid()) {
            return verdict;
        }
        return bad(value, verdict.problem(), suggestion(value));
    }

    /**
     * The fix to offer for an invalid entry: the serialized origin a browser gives what was
     * written, when there is exactly one and it is itself valid; else {@code null}. A value with no
     * scheme is read as {@code https://} plus the value. No fix is offered for userinfo that holds
     * a dot: in {@code https://app.example.com@evil.example} the browser's origin is evil.example,
     * not what the author meant.
     */
    private static String suggestion(String value) {
        if (value == null || value.length() > 4 * MAX_LENGTH || value.strip().equalsIgnoreCase("null")) {
            return null;
        }
        BrowserOrigin.Parsed parsed = BrowserOrigin.parse(value);
        if (parsed == null && !value.contains("://") && !value.contains(":") && !value.contains("/")
                && !value.contains("\\")) {
            parsed = BrowserOrigin.parse("https://" + value.strip());
        }
        if (parsed == null || parsed.origin().equals(value)
                || parsed.userinfo() != null && parsed.userinfo().contains(".")
                || !check(parsed.origin(), true).valid()) {
            return null;
        }
        return parsed.origin();
    }

    /**
     * Parses a request's {@code Origin} header: valid only if it is exactly one serialized
     * origin, never a pattern. Bounded: over-long values are refused before any parsing.
     */
    public static Origin parseRequestOrigin(String value) {
        if (value == null || value.length() > MAX_LENGTH
                || !(value.startsWith("https://") || value.startsWith("http://"))) {
            return null;
        }
        // Cheap refusal of anything no serialized origin contains (uppercase, whitespace, controls,
        // non-ASCII, userinfo, wildcards, query), before the full grammar runs.
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_' || c == ':'
                    || c == '/' || c == '[' || c == ']')) {
                return null;
            }
        }
        int start = value.charAt(4) == 's' ? 8 : 7;
        if (value.indexOf('/', start) >= 0 || value.indexOf('[', start) >= 0) {
            return check(value, false).origin(); // unusual shapes take the full grammar
        }
        String scheme = start == 8 ? "https" : "http";
        int colon = value.indexOf(':', start);
        String host = colon < 0 ? value.substring(start) : value.substring(start, colon);
        int port = -1;
        if (colon >= 0) {
            port = port(value, colon + 1);
            if (port < 0 || port == (start == 8 ? 443 : 80)) {
                return null;
            }
        }
        return hostProblem(host, false) == null ? new Origin(scheme, host, port, false) : null;
    }

    /** Digits from {@code from} to the end as a port, 1 to 65535 without leading zeros, else -1. */
    private static int port(String value, int from) {
        int length = value.length() - from;
        if (length < 1 || length > 5 || value.charAt(from) == '0') {
            return -1;
        }
        int port = 0;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            port = port * 10 + (c - '0');
        }
        return port <= 65535 ? port : -1;
    }

    private static Verdict check(String value, boolean patternsAllowed) {
        if (value == null || value.isEmpty()) {
            return bad(value, "must not be empty: browsers send a full origin such as \"https://app.example.com\"");
        }
        if (value.equals("*")) {
            return bad(value, "must not be \"*\": browsers reject Access-Control-Allow-Origin: * on credentialed"
                    + " requests, so list each origin (a route any site may read without the user's credentials"
                    + " takes @AllowWithoutCredentials(origins = \"*\"))");
        }
        if (value.trim().equalsIgnoreCase("null")) {
            return bad(value, "must not be \"null\": sandboxed iframes, data: and file: documents and redirects all"
                    + " send Origin: null, so allowing it allows any site");
        }
        if (value.length() > MAX_LENGTH) {
            return bad(value, "must be at most " + MAX_LENGTH + " characters long");
        }
        if (value.indexOf(',') >= 0) {
            List<String> parts = new ArrayList<>();
            for (String part : value.split(",", -1)) {
                parts.add("\"" + part.strip() + "\"");
            }
            return bad(value, "must be a single origin: put one origin in each array element, {"
                    + String.join(", ", parts) + "}");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return bad(value, "must not contain whitespace or control characters: browsers never send them in"
                        + " Origin");
            }
        }
        int sep = value.indexOf("://");
        if (sep < 0 && value.startsWith("*.")) {
            return bad(value, "must start with a scheme: a subdomain pattern is scheme://*.domain[:port], and"
                    + " \"*\" is never an origin by itself");
        }
        if (sep < 0) {
            return bad(value, "must start with a scheme, \"https://\" or \"http://\": an origin is"
                    + " scheme://host[:port]");
        }
        String scheme = value.substring(0, sep);
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        if (!lowerScheme.equals("https") && !lowerScheme.equals("http")) {
            return bad(value, "must use the scheme https or http, not \"" + scheme + "\": only those origins can"
                    + " make credentialed requests to this API");
        }
        String rest = value.substring(sep + 3);
        int end = firstOf(rest, "/?#\\");
        if (end >= 0 && rest.charAt(end) == '\\') {
            return bad(value, "must not contain \"\\\": browsers read it as \"/\" in http and https URLs, so"
                    + " everything after it is a path and the host is what comes before it");
        }
        if (end >= 0) {
            return bad(value, "must not have a path, query, fragment or trailing slash: browsers send only"
                    + " scheme://host[:port]");
        }
        if (rest.contains("@")) {
            return bad(value, "must not contain userinfo (user@): browsers never send it in Origin");
        }
        if (!scheme.equals(lowerScheme)) {
            return bad(value, "must spell the scheme in lowercase: browsers send \"" + lowerScheme + "://\" and"
                    + " the comparison is byte for byte");
        }
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) > 0x7e) {
                return bad(value, "must spell the host in ASCII (punycode for internationalized names): browsers"
                        + " send \"xn--\" labels");
            }
        }
        return checkAuthority(value, scheme, rest, patternsAllowed);
    }

    private static Verdict checkAuthority(String value, String scheme, String authority, boolean patternsAllowed) {
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return bad(value, "must close the IPv6 address with \"]\"");
            }
            host = authority.substring(0, close + 1);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    return bad(value, "must have only \":port\" after the IPv6 address");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        int port = -1;
        if (portText != null) {
            if (portText.isEmpty() || !portText.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return bad(value, "must have a port of digits only, 1 to 65535");
            }
            String withoutZeros = portText.replaceFirst("^0+(?=.)", "");
            if (withoutZeros.length() > 5 || Integer.parseInt(withoutZeros) > 65535 || Integer.parseInt(withoutZeros) < 1) {
                return bad(value, "must have a port from 1 to 65535, not " + portText);
            }
            port = Integer.parseInt(withoutZeros);
            if (!withoutZeros.equals(portText)) {
                return bad(value, "must not write the port with leading zeros: browsers send \"" + port + "\"");
            }
            if (port == ("https".equals(scheme) ? 443 : 80)) {
                return bad(value, "must not name the default port " + port + " of " + scheme + ": browsers omit it"
                        + " from Origin");
            }
        }
        boolean pattern = false;
        if (host.contains("*")) {
            if (!patternsAllowed || !host.startsWith("*.") || host.indexOf('*', 1) >= 0) {
                return bad(value, "must use \"*\" only as the whole leftmost label of a subdomain pattern,"
                        + " scheme://*.domain[:port]: any other wildcard is not an origin");
            }
            pattern = true;
            host = host.substring(2);
        }
        if (pattern && hostProblem(host, true) == null && PublicSuffixes.isPublicSuffix(host)) {
            String why = PublicSuffixes.isListed(host) ? "\"" + host + "\" is on the Public Suffix List"
                    : "\"" + host + "\" is a single label, a public suffix by the Public Suffix List's implicit \"*\" rule";
            return bad(value, "must not use a public suffix (" + why + ") as the"
                    + " domain of a pattern: anyone can register a site under it; name your own domain,"
                    + " scheme://*.yourdomain." + host);
        }
        String hostProblem = hostProblem(host, pattern);
        if (hostProblem != null) {
            return bad(value, hostProblem);
        }
        return new Verdict(value, new Origin(scheme, host, port, pattern), null, null);
    }

    /**
     * Why the host is not the one a browser would serialize, or {@code null} when it is. Scans the
     * host in place: it runs for every request origin a pattern could match.
     */
    private static String hostProblem(String host, boolean pattern) {
        int length = host.length();
        if (length == 0) {
            return "must name a host";
        }
        if (host.charAt(0) == '[') {
            if (pattern) {
                return "must use a domain name, not an IP address, in a subdomain pattern";
            }
            return ipv6Problem(host);
        }
        for (int i = 0; i < length; i++) {
            char c = host.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return "must spell the host in lowercase: browsers send it lowercase and the comparison is byte for"
                        + " byte";
            }
        }
        if (host.charAt(length - 1) == '.') {
            return "must not end the host with a dot: \"" + host + "\" is a different origin from \""
                    + host.substring(0, length - 1) + "\"";
        }
        if (length > 253) {
            return "must have a host of at most 253 characters";
        }
        if (Ipv4.endsInANumber(host)) {
            // The URL Standard reads a host whose last label is a number as an IPv4 address, or refuses it.
            if (pattern) {
                return "must use a domain name, not an IP address, in a subdomain pattern";
            }
            if (isIpv4(host)) {
                return null;
            }
            return Ipv4.serialize(host) == null
                    ? "must be a valid IPv4 address: browsers refuse a host whose last label is a number unless the"
                            + " whole host is an IPv4 address"
                    : "must write an IPv4 address as four decimal numbers 0-255 without leading zeros, as browsers do";
        }
        for (int start = 0; start <= length; ) {
            int end = host.indexOf('.', start);
            if (end < 0) {
                end = length;
            }
            int labelLength = end - start;
            if (labelLength == 0) {
                return "must not have an empty label (\"..\") in the host";
            }
            if (labelLength > 63) {
                return "must not have a host label longer than 63 characters";
            }
            for (int i = start; i < end; i++) {
                char c = host.charAt(i);
                if (c == '%') {
                    return "must not percent-encode the host: browsers decode it and send the decoded host";
                }
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                    return "must use only letters, digits, \"-\", \"_\" and \".\" in the host, not '" + c + "': browsers"
                            + " accept a few more ASCII symbols in a host, but no DNS name uses them";
                }
            }
            start = end + 1;
        }
        if (host.contains("xn--") && !Idna.isValidAscii(host)) {
            return "must use \"xn--\" labels that browsers accept: each must be the Punycode of a label that IDNA"
                    + " (UTS #46, as the URL Standard applies it) allows, such as \"xn--fa-hia\" for \"fa\u00df\"";
        }
        return null;
    }

    public static boolean isIpv4(String host) {
        int parts = 0;
        for (int start = 0; start <= host.length(); parts++) {
            int end = host.indexOf('.', start);
            if (end < 0) {
                end = host.length();
            }
            int len = end - start;
            if (parts == 4 || len == 0 || len > 3 || len > 1 && host.charAt(start) == '0') {
                return false;
            }
            int value = 0;
            for (int i = start; i < end; i++) {
                char c = host.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
                value = value * 10 + (c - '0');
            }
            if (value > 255) {
                return false;
            }
            start = end + 1;
        }
        return parts == 4;
    }

    private static String ipv6Problem(String bracketed) {
        String inner = bracketed.substring(1, bracketed.length() - 1);
        String canonical = Ipv6.canonical(inner);
        if (canonical == null) {
            return "must be a valid IPv6 address";
        }
        if (!inner.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c == ':')) {
            return "must write an IPv6 address in lowercase hexadecimal, compressed, as browsers do (\"[::1]\")";
        }
        if (!canonical.equals(inner)) {
            return "must write the IPv6 address as browsers serialize it: \"[" + canonical + "]\"";
        }
        return null;
    }

    private static Verdict bad(String value, String problem) {
        return new Verdict(value, null, problem, null);
    }

    private static Verdict bad(String value, String problem, String suggestion) {
        return new Verdict(value, null, problem, suggestion);
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** True for hosts a browser treats as loopback: localhost, 127.0.0.0/8 and [::1]. */
    public static boolean isLoopback(Origin origin) {
        String h = origin.host();
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("[::1]")
                || isIpv4(h) && h.startsWith("127.");
    }
}
