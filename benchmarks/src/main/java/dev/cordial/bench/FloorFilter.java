package dev.cordial.bench;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * The floor: a hand-written filter that only writes the two headers for its one origin. With a
 * {@code null} origin it is the floor of the no-{@code Origin} path instead: it writes
 * {@code Vary: Origin} on every response and nothing else.
 */
public final class FloorFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private final String allowed;

    public FloorFilter(String allowed) {
        this.allowed = allowed;
    }

    @Override
    public void filter(ContainerRequestContext request) {}

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (allowed == null) {
            response.getHeaders().putSingle("Vary", "Origin");
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (allowed.equals(origin)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().putSingle("Access-Control-Allow-Credentials", "true");
        }
    }
}
