package dev.cordial.runtime.internal.filter;

import dev.cordial.core.fetch.FetchMetadata;
import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.http.CorsHeaders;
import dev.cordial.runtime.internal.policy.CorsRules;
import dev.cordial.runtime.internal.policy.Refusals;
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

    private final Refusals refusals;

    public PreflightFilter(RouteTable routes, Activation activation, Refusals refusals) {
        this.routes = routes;
        this.activation = activation;
        this.refusals = refusals;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!activation.active()) {
            request.abortWith(Response.serverError().type("text/plain")
                    .entity(Messages.NOT_ACTIVE).build());
            return;
        }
        if (!CorsHeaders.isPreflight(request)) {
            if (routes.isolating() && !FetchMetadata.allows(request.getMethod(),
                    request.getHeaderString(FetchMetadata.SITE), request.getHeaderString(FetchMetadata.MODE),
                    request.getHeaderString(FetchMetadata.DEST))) {
                isolate(request);
            }
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
        List<String> requestHeaders = request.getHeaders().get(CorsHeaders.REQUEST_HEADERS);
        Response answer = entry == null || entry.rules() == null ? CorsRules.forbiddenPreflight()
                : entry.rules().preflight(origin, requestedMethod, requestHeaders, entry.servedMethods());
        if (answer.getStatus() == Response.Status.FORBIDDEN.getStatusCode() && refusals.wanted()) {
            answer = refuse(answer, candidates, entry, origin, requestedMethod, request, requestHeaders);
        }
        request.abortWith(answer);
    }

    /**
     * Fetch Metadata isolation before authentication: a cross-site load that is neither CORS nor a
     * navigation, to a route whose policy isolates, is refused (or reported) here, so that a
     * {@code @PreMatching} authentication filter's 401 cannot tell another site whether the user is
     * logged in. Marks the request, so the bound filter does not check or report it again.
     */
    private void isolate(ContainerRequestContext request) {
        RouteTable.Entry entry = RouteTable.forMethod(routes.candidates(request.getUriInfo()), request.getMethod());
        if (entry != null && entry.rules() != null) {
            entry.rules().isolate(request, entry.declaredBy() == null ? "(an annotated path)"
                    : "(" + entry.declaredBy() + ")", refusals);
        }
    }

    /** The refusal's reason, logged and (in debug mode) sent: only worked out when it is used. */
    private Response refuse(Response forbidden, List<RouteTable.Entry> candidates, RouteTable.Entry entry,
            String origin, String requestedMethod, ContainerRequestContext request, List<String> requestHeaders) {
        List<String> origins = request.getHeaders().get(CorsHeaders.ORIGIN);
        if (entry == null || entry.rules() == null) {
            RouteTable.Entry any = candidates.stream().filter(e -> e.rules() != null).findFirst().orElse(null);
            String where = any == null || any.declaredBy() == null ? "(an annotated path)" : "(" + any.declaredBy() + ")";
            return refusals.refuse(forbidden, where, "OPTIONS", "the requested method " + Refusals.shown(requestedMethod)
                    + " is not served here under a policy");
        }
        String where = entry.declaredBy() == null ? "(an annotated path)" : "(" + entry.declaredBy() + ")";
        return refusals.refuse(forbidden, where, "OPTIONS", "preflight: " + entry.rules().preflightRefusal(origin,
                origins == null ? 0 : origins.size(), requestedMethod, requestHeaders));
    }
}
