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
 * A user's {@code @PreMatching} authentication filter at {@code Priorities.AUTHENTICATION} that
 * knows nothing of CORS: every request under {@code secure} needs {@code session=ok}, preflights
 * included, or gets a 401. It counts each request it inspects under "auth".
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SessionAuthFilter implements ContainerRequestFilter {

    private static final Response.ResponseBuilder LOGIN =
            Response.status(Response.Status.UNAUTHORIZED).type("text/plain");

    @Override
    public void filter(ContainerRequestContext context) {
        String path = context.getUriInfo().getPath();
        boolean secured = (path.startsWith("/") ? path.substring(1) : path).startsWith("secure");
        if (secured) {
            Counts.hit("auth");
            Cookie cookie = context.getCookies().get("session");
            boolean loggedIn = cookie != null && "ok".equals(cookie.getValue());
            if (!loggedIn) {
                context.abortWith(LOGIN.clone().entity("login required").build());
            }
        }
    }
}
