package dev.cordial.runtime;

import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.core.origin.OriginSyntax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One {@code @AllowCredentials} policy, as the annotation processor validated it at compile time.
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

    /**
     * The same policy with more origins, for those resolved from {@link #originsProperty()}.
     *
     * @throws IllegalArgumentException if an origin breaks the rules {@link Builder#build()} enforces
     */
    public CorsPolicy withMoreOrigins(List<String> more) {
        for (String origin : more) {
            check(origin, values.allowCleartext());
        }
        return new CorsPolicy(values.withMoreOrigins(more));
    }

    private static void check(String origin, boolean allowCleartext) {
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
         * @throws IllegalArgumentException if an origin breaks the rules the processor enforces;
         *     generated code never does, hand-built policies might
         */
        public CorsPolicy build() {
            for (String origin : origins) {
                check(origin, allowCleartext);
            }
            if (maxAge < -1) {
                throw new IllegalArgumentException("maxAge must be -1 (omit) or at least 0, not " + maxAge);
            }
            return new CorsPolicy(new Policy(origins, originsProperty, methods, allowHeaders, exposeHeaders, maxAge,
                    allowCleartext));
        }
    }
}
