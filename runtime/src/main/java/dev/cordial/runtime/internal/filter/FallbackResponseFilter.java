package dev.cordial.runtime.internal.filter;

import dev.cordial.runtime.internal.http.CorsHeaders;
import dev.cordial.runtime.internal.routing.RouteTable;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.List;

/**
 * CORS headers for responses to paths annotated resources serve that no bound filter saw: a 401
 * from a {@code @PreMatching} authentication filter, a 405 for a method the path does not serve.
 * Such responses get {@code Vary: Origin}, and the CORS headers when the method's policy allows
 * the origin, so the script can read the status. Once a covered method was matched its bound
 * filter has the last word, and preflights (Cordial's own answers) are left as they are.
 *
 * <p>A request Jakarta REST matched to a resource method returns at once: if the method is
 * covered its bound filter handled it, and if not, the resource is not Cordial's. The route
 * look-up runs only for responses produced before or without matching, and for OPTIONS.
 */
public final class FallbackResponseFilter implements ContainerResponseFilter {

    private final RouteTable routes;

    public FallbackResponseFilter(RouteTable routes) {
        this.routes = routes;
    }

    /**
     * True when Jakarta REST matched the request to an application resource: its bound filter (if a
     * policy covers the method) has done the work. Asked of the request's own {@link
     * jakarta.ws.rs.core.UriInfo}: an injected {@code ResourceInfo} is a proxy that cost Jersey about
     * 5% of its throughput here. Not for OPTIONS: containers answer it with a handler of their own;
     * there the look-up below runs, and writing the same headers twice is harmless.
     */
    private static boolean matchedByApplication(ContainerRequestContext request) {
        return !request.getMethod().equals("OPTIONS") && !request.getUriInfo().getMatchedResources().isEmpty();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (matchedByApplication(request) || CorsHeaders.isPreflight(request)) {
            // A preflight to a path an annotated resource serves was answered by PreflightFilter, the
            // answer complete; to any other path it is not Cordial's. (Only a pre-matching filter that
            // refused it before Cordial's, which Jersey and RESTEasy run first, would go without Vary.)
            return;
        }
        List<RouteTable.Entry> candidates = routes.candidates(request.getUriInfo());
        if (!RouteTable.anyAnnotated(candidates)) {
            return;
        }
        RouteTable.Entry entry = RouteTable.forMethod(candidates, request.getMethod());
        if (entry != null && entry.rules() != null) {
            entry.rules().addActualHeaders(request, response.getHeaders());
        } else {
            CorsHeaders.addVary(response.getHeaders(), CorsHeaders.ORIGIN);
            CorsHeaders.removeEarned(response.getHeaders());
        }
    }
}
