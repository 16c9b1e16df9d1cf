package dev.cordial.runtime.internal.policy;

import dev.cordial.core.origin.OriginSyntax;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One {@code @AllowCredentials} policy as values: what {@code dev.cordial.runtime.CorsPolicy}, the
 * type generated code builds, holds, so that nothing below the public API needs the API.
 *
 * @param origins exact origins and {@code scheme://*.domain[:port]} patterns
 * @param originsProperty the configuration key with more origins, or the empty string
 * @param maxAge preflight cache seconds, or -1 to omit {@code Access-Control-Max-Age}
 * @param allowCleartext {@code dangerouslyAllowCleartextOrigins}: {@code http://} origins outside
 *     loopback are tolerated, in {@code origins} and in what {@code originsProperty} brings
 */
public record Policy(List<String> origins, String originsProperty, List<String> methods, List<String> allowHeaders,
        List<String> exposeHeaders, int maxAge, boolean allowCleartext) {

    public Policy {
        origins = List.copyOf(origins);
        methods = List.copyOf(methods);
        allowHeaders = List.copyOf(allowHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
    }

    /**
     * Whether {@code origin}, a valid configured origin or pattern, is {@code http://} on a host
     * that is not loopback: what needs {@code dangerouslyAllowCleartextOrigins}.
     */
    public static boolean cleartext(OriginSyntax.Origin origin) {
        return origin.scheme().equals("http") && !OriginSyntax.isLoopback(origin);
    }

    /** The same policy with more origins, for those resolved from {@link #originsProperty()}. */
    public Policy withMoreOrigins(List<String> more) {
        LinkedHashSet<String> all = new LinkedHashSet<>(origins);
        all.addAll(more);
        return new Policy(new ArrayList<>(all), originsProperty, methods, allowHeaders, exposeHeaders, maxAge,
                allowCleartext);
    }

    /** As the route dump has always shown a policy, and the opt-out when it is set. */
    @Override
    public String toString() {
        return "CorsPolicy{origins=" + origins + ", originsProperty=" + originsProperty + ", methods=" + methods
                + ", allowHeaders=" + allowHeaders + ", exposeHeaders=" + exposeHeaders + ", maxAge=" + maxAge
                + (allowCleartext ? ", dangerouslyAllowCleartextOrigins=true" : "") + "}";
    }
}
