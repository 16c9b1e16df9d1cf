package dev.cordial.it.app;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The authentication filter every CORS library trips over: pre-matching, at
 * {@code Priorities.AUTHENTICATION}, refusing any request to {@code secure/...} without a session
 * cookie, preflights included, since it knows nothing of CORS.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SessionAuthFilter implements ContainerRequestFilter {

    public static final String COOKIE = "session";

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(); // Jersey: "secure/...", RESTEasy: "/secure/..."
        if (!(path.startsWith("secure") || path.startsWith("/secure"))) {
            return;
        }
        Invocations.hit("auth");
        Cookie session = request.getCookies().get(COOKIE);
        if (session == null || !session.getValue().equals("ok")) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).type("text/plain")
                    .entity("login required").build());
        }
    }
}
