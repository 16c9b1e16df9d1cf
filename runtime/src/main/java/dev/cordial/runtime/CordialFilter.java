package dev.cordial.runtime;

import dev.cordial.runtime.internal.policy.CorsRules;
import dev.cordial.runtime.internal.policy.Refusals;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;

/**
 * The filter the annotation processor generates one subclass of per annotated resource class
 * ({@code OrdersResource_CordialFilter}). The subclass knows, as compile-time constants, which
 * route and policy each resource method has; {@link CordialFeature} asks it once per resource
 * method at startup and binds a filter instance to exactly the methods a policy covers.
 *
 * <p>Per request it does a header lookup, a hash-set lookup and a few header writes: no
 * reflection, no annotation reading, no shared mutable state.
 */
public abstract class CordialFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final CorsRules rules;
    /** Set once, by the binder, before the filter is registered: the route for refusal reasons. */
    private String route = "(unknown route)";
    private Refusals refusals = new Refusals();

    /** The instance the runtime uses to look up routes; it filters nothing. */
    protected CordialFilter() {
        this.rules = null;
    }

    /** A filter applying {@code policy}, whose origins are final (property origins resolved). */
    protected CordialFilter(CorsPolicy policy) {
        this.rules = CorsRules.of(policy.values());
    }

    /**
     * The route of one resource method of the annotated class, or {@code null} when no
     * {@code @AllowCredentials} covers it.
     *
     * @param resourceMethod the method's name and erased parameter types, {@code "get(long)"}
     */
    protected abstract Route routeFor(String resourceMethod);

    /** A new filter of the same generated class applying {@code resolvedPolicy}. */
    protected abstract CordialFilter withPolicy(CorsPolicy resolvedPolicy);

    /** Where refusals of this instance are reported, and whether debug mode is on. */
    final void reportRefusals(String route, Refusals refusals) {
        this.route = route;
        this.refusals = refusals;
    }

    /** The rules this instance applies; {@code null} for the look-up instance. */
    final CorsRules rules() {
        return rules;
    }

    @Override
    public final void filter(ContainerRequestContext request) {
        if (rules == null) {
            return;
        }
        if (!rules.isolate(request, route, refusals)) {
            return;
        }
        if (!rules.acceptsActualRequest(request)) {
            Response forbidden = rules.forbiddenActual();
            request.abortWith(!refusals.wanted() ? forbidden
                    : refusals.refuse(forbidden, route, request.getMethod(), rules.actualRefusal(request)));
        }
    }

    @Override
    public final void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (rules != null) {
            rules.addActualHeaders(request, response.getHeaders());
        }
    }
}
