package dev.cordial.runtime.internal.filter;

import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.http.CorsHeaders;
import dev.cordial.runtime.internal.policy.CorsRules;
import dev.cordial.runtime.internal.routing.RouteTable;
import dev.cordial.runtime.internal.startup.Activation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Runs before every other request filter, authentication included. A CORS preflight
 * ({@code OPTIONS} with {@code Origin} and {@code Access-Control-Request-Method}) to a path an
 * annotated resource serves is answered here: preflights never carry credentials, so an
 * authentication filter would refuse them. Every other request passes untouched, without a
 * route look-up.
 */
@PreMatching
public final class PreflightFilter implements ContainerRequestFilter {

    /**
     * Lower runs first. Jersey 4.0.2 does not honour a priority of 0 or less given at registration
     * (such a filter ran after one at {@code Priorities.AUTHENTICATION} in our tests), so 1 is the
     * earliest that works on both servers.
     */
    public static final int PRIORITY = 1;

    private final RouteTable routes;
    private final Activation activation;

    public PreflightFilter(RouteTable routes, Activation activation) {
        this.routes = routes;
        this.activation = activation;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!activation.active()) {
            request.abortWith(Response.serverError().type("text/plain")
                    .entity(Messages.NOT_ACTIVE).build());
            return;
        }
        if (!CorsHeaders.isPreflight(request)) {
            return;
        }
        List<RouteTable.Entry> candidates = routes.candidates(request.getUriInfo());
        if (!RouteTable.anyAnnotated(candidates)) {
            return; // no annotated resource serves this path: the application decides
        }
        String origin = CorsHeaders.singleOrigin(request);
        String requestedMethod = request.getHeaderString(CorsHeaders.REQUEST_METHOD);
        // Only a method served here is approved, under the policy of the method serving it.
        RouteTable.Entry entry = RouteTable.forMethod(candidates, requestedMethod);
        request.abortWith(entry == null || entry.rules() == null ? CorsRules.forbiddenPreflight()
                : entry.rules().preflight(origin, requestedMethod, request.getHeaders().get(CorsHeaders.REQUEST_HEADERS),
                        entry.servedMethods()));
    }
}
