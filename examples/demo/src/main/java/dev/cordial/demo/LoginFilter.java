package dev.cordial.demo;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;

/**
 * Refuses every request without a session cookie, except logging in. It knows nothing of CORS
 * and would refuse preflights too (they never carry cookies): Cordial answers them first.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class LoginFilter implements ContainerRequestFilter {

    private final Sessions sessions;

    LoginFilter(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.equals("session") || path.equals("/session")) {
            return;
        }
        Cookie session = request.getCookies().get(Sessions.COOKIE);
        if (session == null || !sessions.valid(session.getValue())) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED).type("application/json")
                    .entity("{\"error\":\"log in first\"}").build());
        }
    }
}
