package dev.cordial.runtime.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;

/**
 * CORS headers for responses to paths annotated resources serve that no bound filter saw: a 401
 * from a {@code @PreMatching} authentication filter, a 405 for a method the path does not serve.
 * Such responses get {@code Vary: Origin}, and the CORS headers when the method's policy allows
 * the origin, so the script can read the status. Once a covered method was matched its bound
 * filter has the last word, and Cordial's own preflight answers are left as they are.
 *
 * <p>The route look-up runs only on this rare path, never for a request a bound filter handled.
 */
public final class FallbackResponseFilter implements ContainerResponseFilter {

    private final RouteTable routes;

    public FallbackResponseFilter(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(CorsHeaders.MATCHED_PROPERTY) != null
                || request.getProperty(CorsHeaders.PREFLIGHT_PROPERTY) != null) {
            return;
        }
        List<RouteTable.Entry> candidates = routes.candidates(request.getUriInfo().getPath(true));
        if (candidates.stream().noneMatch(e -> e.rules() != null)) {
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
