package dev.cordial.runtime.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a request's {@code Origin} is allowed. Built once per policy at startup;
 * immutable and safe to share between request threads.
 *
 * <p>Exact origins match byte for byte through a hash set, so the cost does not grow with the
 * number of origins. Patterns match only a request origin that is itself one valid serialized
 * origin with the pattern's scheme and port, whose host ends with {@code "." + domain} on a label
 * boundary; no regular expression is ever built from configuration.
 */
public final class OriginMatcher {

    private final Set<String> exact;
    private final List<OriginSyntax.Origin> patterns;

    private OriginMatcher(Set<String> exact, List<OriginSyntax.Origin> patterns) {
        this.exact = exact;
        this.patterns = patterns;
    }

    /**
     * @param configured origins and patterns, each already valid per {@link OriginSyntax}
     * @throws IllegalArgumentException if one is not
     */
    public static OriginMatcher of(List<String> configured) {
        Set<String> exact = new HashSet<>();
        List<OriginSyntax.Origin> patterns = new ArrayList<>();
        for (String value : configured) {
            OriginSyntax.Verdict v = OriginSyntax.checkConfigured(value);
            if (!v.valid()) {
                throw new IllegalArgumentException("origin \"" + value + "\" " + v.message());
            }
            if (v.origin().pattern()) {
                patterns.add(v.origin());
            } else {
                exact.add(value);
            }
        }
        return new OriginMatcher(Set.copyOf(exact), List.copyOf(patterns));
    }

    /** True if {@code origin}, the one value of the request's Origin header, is allowed. */
    public boolean allows(String origin) {
        if (origin == null) {
            return false;
        }
        if (exact.contains(origin)) {
            return true;
        }
        if (patterns.isEmpty()) {
            return false;
        }
        OriginSyntax.Origin request = OriginSyntax.parseRequestOrigin(origin);
        if (request == null || request.ipLiteral()) {
            return false;
        }
        for (OriginSyntax.Origin p : patterns) {
            if (p.scheme().equals(request.scheme()) && p.port() == request.port()
                    && request.host().length() > p.host().length() + 1
                    && request.host().endsWith(p.host())
                    && request.host().charAt(request.host().length() - p.host().length() - 1) == '.') {
                return true;
            }
        }
        return false;
    }
}
