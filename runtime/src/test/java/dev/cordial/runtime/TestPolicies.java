package dev.cordial.runtime;

import dev.cordial.runtime.internal.policy.Policy;

/** For tests of the internal packages: the values of a policy built with the public builder. */
public final class TestPolicies {

    private TestPolicies() {}

    public static Policy values(CorsPolicy policy) {
        return policy.values();
    }
}
