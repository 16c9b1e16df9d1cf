package dev.cordial.it.springsecurity;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Recipe, part 3 (register it in the ResourceConfig): the 401 for a request Spring Security sent
 * here through {@link RecipeSecurity#INTO_JERSEY}. The request never reaches a resource method.
 * Jersey's request properties are the servlet request's attributes.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class Unauthenticated implements ContainerRequestFilter {

    public static final String ATTRIBUTE = "spring.security.unauthenticated";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(ATTRIBUTE) != null) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"api\"")
                    .type("text/plain").entity("login required").build());
        }
    }
}
