package dev.cordial.runtime.internal;

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

    private CorsHeaders() {}

    /**
     * Adds {@code name} to {@code Vary} unless it (or {@code *}) is already listed, keeping every
     * value already there in one comma-separated header.
     */
    public static void addVary(MultivaluedMap<String, Object> headers, String name) {
        List<Object> current = headers.get(VARY);
        if (current == null || current.isEmpty()) {
            headers.putSingle(VARY, name);
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
        headers.putSingle(VARY, String.join(", ", values));
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
