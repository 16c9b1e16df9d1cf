package dev.cordial.runtime.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Adds CORS headers to responses that were produced before Jakarta REST matched a covered
 * resource method, such as a 401 from a {@code @PreMatching} authentication filter, so the
 * script can read the status. Once a covered method was matched, its bound filter has the last
 * word and this one does nothing.
 */
public final class FallbackResponseFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(CorsHeaders.MATCHED_PROPERTY) != null) {
            return;
        }
        if (request.getProperty(CorsHeaders.RULES_PROPERTY) instanceof CorsRules rules) {
            rules.addActualHeaders(request, response.getHeaders());
        }
    }
}
