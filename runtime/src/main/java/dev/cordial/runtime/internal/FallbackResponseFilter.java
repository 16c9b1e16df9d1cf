package dev.cordial.runtime.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

/**
 * CORS headers for responses to paths annotated resources serve that no bound filter saw: a 401
 * from a {@code @PreMatching} authentication filter, a 405 for a method the path does not serve.
 * Such responses get {@code Vary: Origin}, and the CORS headers when the method's policy allows
 * the origin, so the script can read the status. Once a covered method was matched its bound
 * filter has the last word, and Cordial's own preflight answers are left as they are.
 *
 * <p>A request Jakarta REST matched to a resource method returns at once: if the method is
 * covered its bound filter handled it, and if not, the resource is not Cordial's. The route
 * look-up runs only for responses produced before or without matching, and for OPTIONS.
 */
public final class FallbackResponseFilter implements ContainerResponseFilter {

    private final RouteTable routes;

    @Context
    private ResourceInfo resourceInfo;

    public FallbackResponseFilter(RouteTable routes) {
        this.routes = routes;
    }

    /**
     * True when Jakarta REST matched an application resource method: its bound filter (if a policy
     * covers it) has done the work. Not for OPTIONS: containers answer it with a method of their
     * own (Jersey reports that one here); there the look-up below runs, and writing the same
     * headers twice is harmless.
     */
    private boolean matchedByApplication(ContainerRequestContext request) {
        return resourceInfo != null && resourceInfo.getResourceMethod() != null && !request.getMethod().equals("OPTIONS");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (matchedByApplication(request) || request.getProperty(CorsHeaders.PREFLIGHT_PROPERTY) != null) {
            return;
        }
        List<RouteTable.Entry> candidates = routes.candidates(request.getUriInfo().getPath(true));
        if (!RouteTable.anyAnnotated(candidates)) {
            return;
        }
        RouteTable.Entry entry = RouteTable.forMethod(candidates, request.getMethod());
        if (entry != null && entry.rules() != null) {
            entry.rules().addActualHeaders(request, response.getHeaders());
        } else {
            CorsHeaders.addVary(response.getHeaders(), CorsHeaders.ORIGIN);
        }
    }
}
