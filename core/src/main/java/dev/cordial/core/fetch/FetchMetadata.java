package dev.cordial.core.fetch;

/**
 * The Fetch Metadata resource isolation policy (web.dev, "Protect your resources from web attacks
 * with Fetch Metadata"), as one pure decision: given a request's method and its
 * {@code Sec-Fetch-Site}, {@code Sec-Fetch-Mode} and {@code Sec-Fetch-Dest}, whether a route that
 * serves scripts on its own and other origins through CORS should refuse it.
 *
 * <p>Allowed: no {@code Sec-Fetch-Site} (a browser that does not send it, or no browser: the
 * {@code Origin} check stays); {@code same-origin}, {@code same-site} and {@code none}; a CORS
 * request ({@code Sec-Fetch-Mode: cors}, decided by the policy's origin check as always); a
 * top-level navigation, {@code navigate} with {@code GET} or {@code HEAD} to a destination other
 * than {@code object} and {@code embed}. Refused: everything else cross-site, which is what
 * {@code <script src>}, {@code <img src>}, {@code <link>}, a no-cors {@code fetch}, a cross-site
 * form POST and a frame's navigation to a plug-in send.
 *
 * <p>Never throws; a value it does not know counts as cross-site (a browser sends only the
 * standard ones), so a forged or future value is refused, not waved through.
 */
public final class FetchMetadata {

    public static final String SITE = "Sec-Fetch-Site";
    public static final String MODE = "Sec-Fetch-Mode";
    public static final String DEST = "Sec-Fetch-Dest";

    private FetchMetadata() {}

    /**
     * Whether isolation lets the request through.
     *
     * @param method the request method
     * @param site {@code Sec-Fetch-Site}, or {@code null} when absent
     * @param mode {@code Sec-Fetch-Mode}, or {@code null}
     * @param dest {@code Sec-Fetch-Dest}, or {@code null}
     */
    public static boolean allows(String method, String site, String mode, String dest) {
        if (site == null || site.equals("same-origin") || site.equals("same-site") || site.equals("none")) {
            return true;
        }
        if ("cors".equals(mode)) {
            return true;
        }
        return "navigate".equals(mode) && ("GET".equals(method) || "HEAD".equals(method))
                && !"object".equals(dest) && !"embed".equals(dest);
    }
}
