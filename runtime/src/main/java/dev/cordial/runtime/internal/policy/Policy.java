package dev.cordial.runtime.internal.policy;

import dev.cordial.Isolation;
import dev.cordial.core.fetch.HttpTokens;
import dev.cordial.core.origin.OriginSyntax;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One {@code @AllowCredentials} or {@code @AllowWithoutCredentials} policy as values: what
 * {@code dev.cordial.runtime.CorsPolicy}, the type generated code builds, holds, so that nothing
 * below the public API needs the API.
 *
 * @param origins exact origins and {@code scheme://*.domain[:port]} patterns; or, without
 *     credentials only, {@code *} alone: any origin
 * @param originsProperty the configuration key with more origins, or the empty string
 * @param maxAge preflight cache seconds, or -1 to omit {@code Access-Control-Max-Age}
 * @param allowCleartext {@code dangerouslyAllowCleartextOrigins}: {@code http://} origins outside
 *     loopback are tolerated, in {@code origins} and in what {@code originsProperty} brings
 * @param credentials {@code true} for {@code @AllowCredentials}, {@code false} for
 *     {@code @AllowWithoutCredentials}
 * @param isolation Fetch Metadata isolation as declared; {@link Isolation#APPLICATION} until the
 *     binder resolves it against the application's setting
 */
public record Policy(List<String> origins, String originsProperty, List<String> methods, List<String> allowHeaders,
        List<String> exposeHeaders, int maxAge, boolean allowCleartext, boolean credentials, Isolation isolation) {

    /** The value of {@code origins} (and of {@code allowHeaders}, {@code exposeHeaders}) meaning "any". */
    public static final String ANY = HttpTokens.WILDCARD;

    public Policy {
        origins = List.copyOf(origins);
        methods = List.copyOf(methods);
        allowHeaders = List.copyOf(allowHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
        Objects.requireNonNull(isolation, "isolation");
    }

    /** A credentialed policy following the application's isolation setting. */
    public Policy(List<String> origins, String originsProperty, List<String> methods, List<String> allowHeaders,
            List<String> exposeHeaders, int maxAge, boolean allowCleartext) {
        this(origins, originsProperty, methods, allowHeaders, exposeHeaders, maxAge, allowCleartext, true,
                Isolation.APPLICATION);
    }

    /**
     * Whether {@code origin}, a valid configured origin or pattern, is {@code http://} on a host
     * that is not loopback: what needs {@code dangerouslyAllowCleartextOrigins}.
     */
    public static boolean cleartext(OriginSyntax.Origin origin) {
        return origin.scheme().equals("http") && !OriginSyntax.isLoopback(origin);
    }

    /** Whether {@code http://} origins outside loopback may be listed: opted out, or no credentials at stake. */
    public boolean toleratesCleartext() {
        return allowCleartext || !credentials;
    }

    /** Whether the policy lets any origin in: {@code origins = "*"}, without credentials only. */
    public boolean anyOrigin() {
        return HttpTokens.anyOrigin(origins);
    }

    /** The same policy with more origins, for those resolved from {@link #originsProperty()}. */
    public Policy withMoreOrigins(List<String> more) {
        LinkedHashSet<String> all = new LinkedHashSet<>(origins);
        all.addAll(more);
        return new Policy(new ArrayList<>(all), originsProperty, methods, allowHeaders, exposeHeaders, maxAge,
                allowCleartext, credentials, isolation);
    }

    /** The same policy with {@link Isolation#APPLICATION} replaced by the application's setting. */
    public Policy withApplicationIsolation(Isolation application) {
        if (isolation != Isolation.APPLICATION || application == Isolation.APPLICATION) {
            return this;
        }
        return new Policy(origins, originsProperty, methods, allowHeaders, exposeHeaders, maxAge, allowCleartext,
                credentials, application);
    }

    /** As the route dump has always shown a policy, with what differs from the credentialed defaults. */
    @Override
    public String toString() {
        return "CorsPolicy{" + (credentials ? "" : "credentials=false, ") + "origins=" + origins + ", originsProperty="
                + originsProperty + ", methods=" + methods + ", allowHeaders=" + allowHeaders + ", exposeHeaders="
                + exposeHeaders + ", maxAge=" + maxAge
                + (allowCleartext ? ", dangerouslyAllowCleartextOrigins=true" : "")
                + (isolation == Isolation.APPLICATION || isolation == Isolation.OFF ? ""
                        : ", isolation=" + isolation) + "}";
    }
}
