package dev.cordial.runtime;

import dev.cordial.Isolation;
import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.core.origin.OriginSyntax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One {@code @AllowCredentials} or {@code @AllowWithoutCredentials} policy, as the annotation
 * processor validated it at compile time.
 * Generated code builds these as constants; nothing reads annotations at run time.
 *
 * <p>Immutable. The origins listed here are exact origins or {@code scheme://*.domain[:port]}
 * patterns; origins named by {@link #originsProperty()} are added once at startup.
 */
public final class CorsPolicy {

    private final Policy values;

    private CorsPolicy(Policy values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The policy holding {@code values}, which the runtime resolved from a checked policy. */
    static CorsPolicy of(Policy values) {
        return new CorsPolicy(values);
    }

    /** What the runtime applies. */
    Policy values() {
        return values;
    }

    public List<String> origins() {
        return values.origins();
    }

    /** The configuration key with more origins, or the empty string. */
    public String originsProperty() {
        return values.originsProperty();
    }

    public List<String> methods() {
        return values.methods();
    }

    public List<String> allowHeaders() {
        return values.allowHeaders();
    }

    public List<String> exposeHeaders() {
        return values.exposeHeaders();
    }

    /** Preflight cache seconds, or -1 to omit {@code Access-Control-Max-Age}. */
    public int maxAge() {
        return values.maxAge();
    }

    /**
     * Whether {@code http://} origins outside loopback are tolerated:
     * {@code @AllowCredentials(dangerouslyAllowCleartextOrigins = true)}.
     */
    public boolean dangerouslyAllowCleartextOrigins() {
        return values.allowCleartext();
    }

    /** {@code true} for {@code @AllowCredentials}; {@code false} for {@code @AllowWithoutCredentials}. */
    public boolean credentials() {
        return values.credentials();
    }

    /** Fetch Metadata isolation as declared ({@link Isolation#APPLICATION} follows the application). */
    public Isolation isolation() {
        return values.isolation();
    }

    /**
     * The same policy with more origins, for those resolved from {@link #originsProperty()}.
     *
     * @throws IllegalArgumentException if an origin breaks the rules {@link Builder#build()} enforces
     */
    public CorsPolicy withMoreOrigins(List<String> more) {
        if (values.anyOrigin()) {
            throw new IllegalArgumentException("a policy allowing any origin (\"*\") takes no more origins");
        }
        for (String origin : more) {
            check(origin, values.toleratesCleartext(), false);
        }
        return new CorsPolicy(values.withMoreOrigins(more));
    }

    private static void check(String origin, boolean allowCleartext, boolean anyAllowed) {
        if (anyAllowed && Policy.ANY.equals(origin)) {
            return;
        }
        OriginSyntax.Verdict v = OriginSyntax.checkConfigured(origin);
        if (!v.valid()) {
            throw new IllegalArgumentException("origin \"" + origin + "\" " + v.message());
        }
        if (!allowCleartext && Policy.cleartext(v.origin())) {
            throw new IllegalArgumentException(Messages.cleartextOrigin(origin));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorsPolicy p && values.equals(p.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Builds a policy; every configured origin is checked with the same rules as compile time. */
    public static final class Builder {
        private List<String> origins = new ArrayList<>();
        private String originsProperty = "";
        private List<String> methods = List.of();
        private List<String> allowHeaders = List.of();
        private List<String> exposeHeaders = List.of();
        private int maxAge = -1;
        private boolean allowCleartext;
        private boolean credentials = true;
        private Isolation isolation = Isolation.APPLICATION;

        private Builder() {}

        public Builder origins(String... values) {
            this.origins = new ArrayList<>(Arrays.asList(values));
            return this;
        }

        public Builder originsProperty(String key) {
            this.originsProperty = Objects.requireNonNull(key);
            return this;
        }

        public Builder methods(String... values) {
            this.methods = List.of(values);
            return this;
        }

        public Builder allowHeaders(String... values) {
            this.allowHeaders = List.of(values);
            return this;
        }

        public Builder exposeHeaders(String... values) {
            this.exposeHeaders = List.of(values);
            return this;
        }

        public Builder maxAge(int seconds) {
            this.maxAge = seconds;
            return this;
        }

        /**
         * Tolerates {@code http://} origins outside loopback, in {@link #origins} and in what
         * {@link #originsProperty} brings at startup; see
         * {@code @AllowCredentials(dangerouslyAllowCleartextOrigins)}.
         */
        public Builder dangerouslyAllowCleartextOrigins(boolean allow) {
            this.allowCleartext = allow;
            return this;
        }

        /**
         * A policy for {@code @AllowWithoutCredentials}: no {@code Access-Control-Allow-Credentials};
         * {@code origins("*")} and {@code "*"} in the header lists mean "any".
         */
        public Builder withoutCredentials() {
            this.credentials = false;
            return this;
        }

        /** Fetch Metadata isolation for the policy's routes; see {@link Isolation}. */
        public Builder isolation(Isolation mode) {
            this.isolation = Objects.requireNonNull(mode);
            return this;
        }

        /**
         * @throws IllegalArgumentException if an origin breaks the rules the processor enforces;
         *     generated code never does, hand-built policies might
         */
        public CorsPolicy build() {
            boolean any = origins.contains(Policy.ANY);
            if (any && (credentials || origins.size() > 1 || !originsProperty.isEmpty())) {
                throw new IllegalArgumentException(credentials
                        ? "origins \"*\": a credentialed policy names its origins; browsers refuse \"*\" with credentials"
                        : "origins \"*\" allows any origin: it stands alone, without other origins or originsProperty");
            }
            for (String origin : origins) {
                check(origin, allowCleartext || !credentials, !credentials);
            }
            if (credentials && (allowHeaders.contains(Policy.ANY) || exposeHeaders.contains(Policy.ANY))) {
                throw new IllegalArgumentException("\"*\" in allowHeaders or exposeHeaders: browsers take it"
                        + " literally with credentials; name the headers");
            }
            if (maxAge < -1) {
                throw new IllegalArgumentException("maxAge must be -1 (omit) or at least 0, not " + maxAge);
            }
            return new CorsPolicy(new Policy(origins, originsProperty, methods, allowHeaders, exposeHeaders, maxAge,
                    allowCleartext, credentials, isolation));
        }
    }
}
