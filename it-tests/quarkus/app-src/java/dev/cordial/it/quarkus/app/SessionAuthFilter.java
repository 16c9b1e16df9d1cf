package dev.cordial.it.quarkus.app;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A user's pre-matching authentication filter, knowing nothing of CORS: it refuses any request to
 * {@code secure/...} without the session cookie, preflights included, and counts what it sees.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SessionAuthFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("secure") || path.startsWith("/secure"))) {
            return;
        }
        Counts.hit("auth");
        Cookie session = request.getCookies().get("session");
        if (session == null || !session.getValue().equals("ok")) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).type("text/plain")
                    .entity("login required").build());
        }
    }
}
