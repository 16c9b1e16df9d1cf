package dev.cordial.testing;

import dev.cordial.core.manifest.ManifestRoute;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The origins a route must refuse: one nobody listed, {@code null} (sandboxed frames, redirects,
 * {@code file:} pages), and look-alikes of the allowed origin that catch the usual matching mistakes
 * (suffix or prefix comparison, ignoring scheme or port, case folding, lenient parsing). Look-alikes
 * the policy itself allows are dropped: a pattern legitimately accepts {@code evilapp.preview...}.
 */
final class LookAlikes {

    static final String UNLISTED = "https://unlisted.cordial-verifier.invalid";

    private LookAlikes() {}

    /** Kind (as printed in the report) to origin, in a fixed order. */
    static Map<String, String> of(String allowed, ManifestRoute route) {
        URI uri = URI.create(allowed);
        String scheme = uri.getScheme();
        String host = uri.getHost();
        int port = uri.getPort();
        String portSuffix = port < 0 ? "" : ":" + port;
        String otherScheme = scheme.equals("https") ? "http" : "https";
        int otherPort = port < 0 ? (scheme.equals("https") ? 8443 : 8080) : (port == 65535 ? port - 1 : port + 1);

        Map<String, String> candidates = new LinkedHashMap<>();
        candidates.put("unlisted", UNLISTED);
        candidates.put("null", "null");
        candidates.put("suffix", scheme + "://" + host + ".evil.example" + portSuffix);
        candidates.put("prefix", scheme + "://evil" + host + portSuffix);
        candidates.put("scheme", otherScheme + "://" + host + portSuffix);
        candidates.put("port", scheme + "://" + host + ":" + otherPort);
        candidates.put("case", scheme + "://" + host.toUpperCase(Locale.ROOT) + portSuffix);
        candidates.put("trailing-slash", allowed + "/");

        Map<String, String> refused = new LinkedHashMap<>();
        candidates.forEach((kind, origin) -> {
            if (!origin.equals(allowed) && !route.allows(origin)) {
                refused.put(kind, origin);
            }
        });
        return refused;
    }
}
