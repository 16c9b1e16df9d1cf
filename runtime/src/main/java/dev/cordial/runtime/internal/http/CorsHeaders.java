package dev.cordial.runtime.internal.http;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Header names and the few header manipulations every Cordial filter shares. */
public final class CorsHeaders {

    public static final String ORIGIN = "Origin";
    public static final String VARY = "Vary";
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    public static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";
    public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    public static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    public static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    public static final String MAX_AGE = "Access-Control-Max-Age";
    public static final String REQUEST_METHOD = "Access-Control-Request-Method";
    public static final String REQUEST_HEADERS = "Access-Control-Request-Headers";

    private CorsHeaders() {}

    /**
     * Adds {@code name} to {@code Vary} unless it (or {@code *}) is already listed, keeping every
     * value already there in one comma-separated header.
     */
    public static void addVary(MultivaluedMap<String, Object> headers, String name) {
        List<Object> current = headers.get(VARY);
        if (current == null || current.isEmpty()) {
            set(headers, VARY, name);
            return;
        }
        List<String> values = new ArrayList<>(current.size() + 1);
        for (Object value : current) {
            String text = String.valueOf(value).trim();
            for (String token : text.split(",")) {
                String t = token.trim();
                if (t.equalsIgnoreCase(name) || t.equals("*")) {
                    return;
                }
            }
            if (!text.isEmpty()) {
                values.add(text);
            }
        }
        values.add(name);
        set(headers, VARY, String.join(", ", values));
    }

    /**
     * {@code headers.putSingle(name, value)} in one map operation: {@code putSingle} looks the name
     * up, creates a list when it is absent and stores it, then fills it (two look-ups, which in
     * RESTEasy's case-insensitive tree map compare the long shared {@code Access-Control-} prefix
     * again). The list stays an ordinary mutable one, for filters that run after Cordial's; it is a
     * {@link HeaderValues}, half the allocation of an {@code ArrayList} of one.
     */
    public static void set(MultivaluedMap<String, Object> headers, String name, Object value) {
        headers.put(name, new HeaderValues(value));
    }

    /**
     * Removes the CORS headers an actual request may earn. Cordial owns these headers on annotated
     * routes: a response that carries them from somewhere else (a {@code Response} or exception the
     * application reuses across requests, another filter) must not hand them to a request that did
     * not earn them.
     */
    public static void removeEarned(MultivaluedMap<String, Object> headers) {
        headers.remove(ALLOW_ORIGIN);
        headers.remove(ALLOW_CREDENTIALS);
        headers.remove(EXPOSE_HEADERS);
    }

    /**
     * True for a CORS preflight: {@code OPTIONS} with {@code Origin} and
     * {@code Access-Control-Request-Method}. Cordial answers every preflight to a path an annotated
     * resource serves in its pre-matching filter, and no other preflight.
     */
    public static boolean isPreflight(jakarta.ws.rs.container.ContainerRequestContext request) {
        if (!request.getMethod().equals("OPTIONS")) {
            return false;
        }
        List<String> origins = request.getHeaders().get(ORIGIN);
        return origins != null && !origins.isEmpty() && request.getHeaderString(REQUEST_METHOD) != null;
    }

    /** The request's one {@code Origin} value; {@code null} when absent or sent more than once. */
    public static String singleOrigin(jakarta.ws.rs.container.ContainerRequestContext request) {
        List<String> origins = request.getHeaders().get(ORIGIN);
        return origins == null || origins.size() != 1 ? null : origins.get(0);
    }

    /**
     * True if {@code origin} is this request's own origin: browsers send {@code Origin} on
     * same-origin POSTs too, and those are not cross-origin requests to refuse.
     */
    public static boolean isSameOrigin(String origin, UriInfo uriInfo) {
        URI uri = uriInfo.getRequestUri();
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null) {
            return false;
        }
        int port = uri.getPort();
        boolean defaultPort = port < 0 || scheme.equalsIgnoreCase("https") && port == 443
                || scheme.equalsIgnoreCase("http") && port == 80;
        String own = scheme.toLowerCase(java.util.Locale.ROOT) + "://" + host.toLowerCase(java.util.Locale.ROOT)
                + (defaultPort ? "" : ":" + port);
        return own.equals(origin);
    }
}
