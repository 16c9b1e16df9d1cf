package dev.cordial.runtime;

import dev.cordial.core.origin.OriginSyntax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
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

    private final List<String> origins;
    private final String originsProperty;
    private final List<String> methods;
    private final List<String> allowHeaders;
    private final List<String> exposeHeaders;
    private final int maxAge;

    private CorsPolicy(Builder b) {
        this.origins = List.copyOf(b.origins);
        this.originsProperty = b.originsProperty;
        this.methods = List.copyOf(b.methods);
        this.allowHeaders = List.copyOf(b.allowHeaders);
        this.exposeHeaders = List.copyOf(b.exposeHeaders);
        this.maxAge = b.maxAge;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<String> origins() {
        return origins;
    }

    /** The configuration key with more origins, or the empty string. */
    public String originsProperty() {
        return originsProperty;
    }

    public List<String> methods() {
        return methods;
    }

    public List<String> allowHeaders() {
        return allowHeaders;
    }

    public List<String> exposeHeaders() {
        return exposeHeaders;
    }

    /** Preflight cache seconds, or -1 to omit {@code Access-Control-Max-Age}. */
    public int maxAge() {
        return maxAge;
    }

    /** The same policy with more origins, for those resolved from {@link #originsProperty()}. */
    public CorsPolicy withMoreOrigins(List<String> more) {
        Builder b = toBuilder();
        LinkedHashSet<String> all = new LinkedHashSet<>(origins);
        all.addAll(more);
        b.origins = new ArrayList<>(all);
        return b.build();
    }

    private Builder toBuilder() {
        Builder b = new Builder();
        b.origins = new ArrayList<>(origins);
        b.originsProperty = originsProperty;
        b.methods = methods;
        b.allowHeaders = allowHeaders;
        b.exposeHeaders = exposeHeaders;
        b.maxAge = maxAge;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorsPolicy p && origins.equals(p.origins) && originsProperty.equals(p.originsProperty)
                && methods.equals(p.methods) && allowHeaders.equals(p.allowHeaders)
                && exposeHeaders.equals(p.exposeHeaders) && maxAge == p.maxAge;
    }

    @Override
    public int hashCode() {
        return Objects.hash(origins, originsProperty, methods, allowHeaders, exposeHeaders, maxAge);
    }

    @Override
    public String toString() {
        return "CorsPolicy{origins=" + origins + ", originsProperty=" + originsProperty + ", methods=" + methods
                + ", allowHeaders=" + allowHeaders + ", exposeHeaders=" + exposeHeaders + ", maxAge=" + maxAge + "}";
    }

    /** Builds a policy; every configured origin is checked with the same rules as compile time. */
    public static final class Builder {
        private List<String> origins = new ArrayList<>();
        private String originsProperty = "";
        private List<String> methods = List.of();
        private List<String> allowHeaders = List.of();
        private List<String> exposeHeaders = List.of();
        private int maxAge = -1;

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
         * @throws IllegalArgumentException if an origin breaks the rules the processor enforces;
         *     generated code never does, hand-built policies might
         */
        public CorsPolicy build() {
            for (String origin : origins) {
                OriginSyntax.Verdict v = OriginSyntax.checkConfigured(origin);
                if (!v.valid()) {
                    throw new IllegalArgumentException("origin \"" + origin + "\" " + v.message());
                }
            }
            if (maxAge < -1) {
                throw new IllegalArgumentException("maxAge must be -1 (omit) or at least 0, not " + maxAge);
            }
            return new CorsPolicy(this);
        }
    }
}
