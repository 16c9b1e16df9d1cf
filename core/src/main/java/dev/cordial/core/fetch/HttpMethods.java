package dev.cordial.core.fetch;

import java.util.Collection;

/** How Jakarta REST serves HTTP methods, as far as CORS is concerned. */
public final class HttpMethods {

    private HttpMethods() {}

    /**
     * Whether a policy or resource listing {@code methods} covers {@code method}: compared
     * case-sensitively (Fetch normalises only the standard methods' case, and only in the browser),
     * and {@code HEAD} wherever {@code GET} is, since Jakarta REST answers {@code HEAD} with the
     * {@code GET} method.
     */
    public static boolean covers(Collection<String> methods, String method) {
        if (methods.contains(method)) {
            return true;
        }
        String fallback = servedInstead(method);
        return fallback != null && methods.contains(fallback);
    }

    /**
     * The method whose resource method Jakarta REST runs for {@code method} where no resource
     * method declares it: {@code GET} for {@code HEAD} (Jakarta REST 3.1, section 3.3.5), else
     * {@code null}.
     */
    public static String servedInstead(String method) {
        return method.equals("HEAD") ? "GET" : null;
    }
}
