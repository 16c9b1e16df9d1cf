package dev.cordial.testing;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The CORS filter found in countless applications and gateways, and the mistake Cordial exists to
 * prevent: it echoes whatever {@code Origin} arrived, with credentials, and approves every preflight.
 * It even adds {@code Vary: Origin}, so only the refusal checks can catch it.
 */
public class ReflectingCorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", origin);
        headers.putSingle("Access-Control-Allow-Credentials", "true");
        headers.add("Vary", "Origin");
        String method = request.getHeaderString("Access-Control-Request-Method");
        if (method != null) {
            headers.putSingle("Access-Control-Allow-Methods", method);
            String requested = request.getHeaderString("Access-Control-Request-Headers");
            if (requested != null) {
                headers.putSingle("Access-Control-Allow-Headers", requested);
            }
        }
    }
}
