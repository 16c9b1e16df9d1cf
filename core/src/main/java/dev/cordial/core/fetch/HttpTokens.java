package dev.cordial.core.fetch;

import java.util.Locale;
import java.util.Set;

/**
 * Fetch-standard facts about methods and header names, shared by the processor's checks and the
 * runtime's preflight handling.
 */
public final class HttpTokens {

    /** Standard methods whose lower- or mixed-case spelling is almost surely a typo. */
    public static final Set<String> STANDARD_METHODS =
            Set.of("DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "CONNECT", "TRACE");

    public static final Set<String> FORBIDDEN_METHODS = Set.of("CONNECT", "TRACE", "TRACK");

    /** CORS-safelisted request headers (Content-Type only with the three simple media types). */
    public static final Set<String> SAFELISTED_REQUEST_HEADERS =
            Set.of("accept", "accept-language", "content-language", "content-type");

    public static final Set<String> SIMPLE_CONTENT_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    /** CORS-safelisted response headers: scripts read them without exposing. */
    public static final Set<String> SAFELISTED_RESPONSE_HEADERS = Set.of("cache-control", "content-language",
            "content-length", "content-type", "expires", "last-modified", "pragma");

    /** Forbidden request header names: only the browser sets them, never a script. */
    public static final Set<String> FORBIDDEN_REQUEST_HEADERS = Set.of("accept-charset", "accept-encoding",
            "access-control-request-headers", "access-control-request-method", "connection", "content-length",
            "cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin", "referer", "set-cookie", "te",
            "trailer", "transfer-encoding", "upgrade", "via");

    private HttpTokens() {}

    /**
     * {@code "*"} in a policy's {@code origins}, {@code allowHeaders} or {@code exposeHeaders}:
     * "any", which browsers honour only on requests without credentials.
     */
    public static final String WILDCARD = "*";

    /** Whether {@code origins} is the wildcard alone: any origin may read. */
    public static boolean anyOrigin(java.util.List<String> origins) {
        return origins.size() == 1 && WILDCARD.equals(origins.get(0));
    }

    /**
     * Whether a wildcard {@code allowHeaders} covers {@code header}: every name but
     * {@code Authorization}, which browsers never let {@code *} cover, so a policy names it.
     */
    public static boolean wildcardCovers(String header) {
        return !header.equalsIgnoreCase("Authorization");
    }

    /**
     * {@code Origin} and every {@code Access-Control-*} name, any case: the CORS protocol's own
     * headers, which the browser writes on requests and Cordial on responses.
     */
    public static boolean isCorsProtocolHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("origin") || lower.startsWith("access-control-");
    }

    /** RFC 9110 token: one or more tchar. */
    public static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean tchar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!tchar) {
                return false;
            }
        }
        return true;
    }

    public static boolean isForbiddenRequestHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return FORBIDDEN_REQUEST_HEADERS.contains(lower) || lower.startsWith("proxy-") || lower.startsWith("sec-");
    }
}
