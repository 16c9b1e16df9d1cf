package dev.cordial.core.origin;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a request's {@code Origin} is allowed. Built once per policy at startup;
 * immutable and safe to share between request threads.
 *
 * <p>Exact origins match byte for byte through a hash set, so the cost does not grow with the
 * number of origins. Patterns match only a request origin that is itself one valid serialized
 * origin with the pattern's scheme and port, whose host ends with {@code "." + domain} on a label
 * boundary: the host's proper suffixes are looked up in a set of the patterns' domains, so the
 * cost grows with the request host's labels, not with the number of patterns. No regular
 * expression is ever built from configuration.
 */
public final class OriginMatcher {

    private final Set<String> exact;
    /** Pattern domains by scheme and port: key {@code "https:443"}-style, see {@link #key}. */
    private final Map<String, Set<String>> patternDomains;

    private OriginMatcher(Set<String> exact, Map<String, Set<String>> patternDomains) {
        this.exact = exact;
        this.patternDomains = patternDomains;
    }

    /**
     * @param configured origins and patterns, each already valid per {@link OriginSyntax}
     * @throws IllegalArgumentException if one is not
     */
    public static OriginMatcher of(List<String> configured) {
        Set<String> exact = new HashSet<>();
        Map<String, Set<String>> patterns = new HashMap<>();
        for (String value : configured) {
            OriginSyntax.Verdict v = OriginSyntax.checkConfigured(value);
            if (!v.valid()) {
                throw new IllegalArgumentException("origin \"" + value + "\" " + v.message());
            }
            OriginSyntax.Origin o = v.origin();
            if (o.pattern()) {
                patterns.computeIfAbsent(key(o.scheme(), o.port()), k -> new HashSet<>()).add(o.host());
            } else {
                exact.add(value);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        patterns.forEach((k, domains) -> frozen.put(k, Set.copyOf(domains)));
        return new OriginMatcher(Set.copyOf(exact), Map.copyOf(frozen));
    }

    private static String key(String scheme, int port) {
        return scheme + ":" + port;
    }

    /** True if {@code origin}, the one value of the request's Origin header, is allowed. */
    public boolean allows(String origin) {
        if (origin == null) {
            return false;
        }
        if (exact.contains(origin)) {
            return true;
        }
        if (patternDomains.isEmpty()) {
            return false;
        }
        OriginSyntax.Origin request = OriginSyntax.parseRequestOrigin(origin);
        if (request == null || request.ipLiteral()) {
            return false;
        }
        Set<String> domains = patternDomains.get(key(request.scheme(), request.port()));
        if (domains == null) {
            return false;
        }
        String host = request.host();
        for (int dot = host.indexOf('.'); dot > 0; dot = host.indexOf('.', dot + 1)) {
            if (domains.contains(host.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }
}
