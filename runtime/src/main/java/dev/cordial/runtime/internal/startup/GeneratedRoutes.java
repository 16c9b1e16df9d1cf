package dev.cordial.runtime.internal.startup;

import dev.cordial.runtime.internal.policy.CorsRules;
import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.runtime.internal.policy.Refusals;
import java.util.List;

/**
 * What the binder needs of one generated {@code *_CordialFilter}: the route it declares for a
 * resource method, and a filter instance bound to a resolved policy. {@code CordialFeature} adapts
 * the generated class, whose methods only the API package can call, so that nothing here depends
 * on the API.
 */
public interface GeneratedRoutes {

    /** The route the generated class declares for the method of this key, or {@code null}. */
    Declared route(String methodKey);

    /**
     * A filter instance of the generated class applying {@code resolved}, to register.
     *
     * @param route the route and its resource method, named in refusal reasons
     */
    Bound bind(Policy resolved, String route, Refusals refusals);

    /**
     * A route as the processor read it: the {@code @Path} values as written, the policy as
     * declared (before property origins), the HTTP methods served.
     *
     * @param policyIdentity the generated constant, which counts policies in the startup line
     */
    record Declared(String classPath, String methodPath, Policy policy, List<String> httpMethods,
            Object policyIdentity) {}

    /** The filter to register and the rules it applies. */
    record Bound(Object filter, CorsRules rules) {}
}
