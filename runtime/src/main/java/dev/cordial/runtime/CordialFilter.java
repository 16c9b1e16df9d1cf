package dev.cordial.runtime;

import dev.cordial.runtime.internal.CorsHeaders;
import dev.cordial.runtime.internal.OriginMatcher;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The filter the annotation processor generates one subclass of per annotated resource class
 * ({@code OrdersResource_CordialFilter}). The subclass knows, as compile-time constants, which
 * policy covers which resource method; {@link CordialFeature} asks it once per resource method at
 * startup and binds a filter instance to exactly the methods a policy covers.
 *
 * <p>Per request it does a header lookup, a hash-set lookup and a few header writes: no
 * reflection, no annotation reading, no shared mutable state.
 */
public abstract class CordialFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final CorsPolicy policy;
    private final OriginMatcher matcher;
    private final String exposeHeaders;

    /** The instance the runtime uses to look up policies; it filters nothing. */
    protected CordialFilter() {
        this.policy = null;
        this.matcher = null;
        this.exposeHeaders = null;
    }

    /** A filter applying {@code policy}, whose origins are final (property origins resolved). */
    protected CordialFilter(CorsPolicy policy) {
        this.policy = policy;
        this.matcher = OriginMatcher.of(policy.origins());
        this.exposeHeaders = policy.exposeHeaders().isEmpty() ? null : String.join(", ", policy.exposeHeaders());
    }

    /**
     * The policy for one resource method of the annotated class, or {@code null} when no
     * {@code @AllowCredentials} covers it.
     *
     * @param resourceMethod the method's name and erased parameter types, {@code "get(long)"}
     */
    protected abstract CorsPolicy policyFor(String resourceMethod);

    /** A new filter of the same generated class applying {@code resolvedPolicy}. */
    protected abstract CordialFilter withPolicy(CorsPolicy resolvedPolicy);

    /** The policy this instance applies; {@code null} for the look-up instance. */
    public final CorsPolicy policy() {
        return policy;
    }

    @Override
    public final void filter(ContainerRequestContext request) {
        if (policy == null) {
            return;
        }
        List<String> origins = request.getHeaders().get(CorsHeaders.ORIGIN);
        if (origins == null || origins.isEmpty()) {
            return;
        }
        String origin = origins.size() == 1 ? origins.get(0) : null;
        if (matcher.allows(origin) || origin != null && CorsHeaders.isSameOrigin(origin, request.getUriInfo())) {
            return;
        }
        request.abortWith(Response.status(Response.Status.FORBIDDEN)
                .type("text/plain")
                .entity("CORS: this origin may not call this resource with credentials")
                .build());
    }

    @Override
    public final void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (policy == null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        CorsHeaders.addVary(headers, CorsHeaders.ORIGIN);
        List<String> origins = request.getHeaders().get(CorsHeaders.ORIGIN);
        if (origins == null || origins.size() != 1) {
            return;
        }
        String origin = origins.get(0);
        if (!matcher.allows(origin)) {
            return;
        }
        headers.putSingle(CorsHeaders.ALLOW_ORIGIN, origin);
        headers.putSingle(CorsHeaders.ALLOW_CREDENTIALS, "true");
        if (exposeHeaders != null) {
            headers.putSingle(CorsHeaders.EXPOSE_HEADERS, exposeHeaders);
        }
    }
}
