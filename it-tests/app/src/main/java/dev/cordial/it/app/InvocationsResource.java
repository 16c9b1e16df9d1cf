package dev.cordial.it.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@link Invocations} counts on an unannotated endpoint, {@code GET invocations/{name}}, for tests
 * that run in another process than the server ({@link PackagedApp}).
 */
@Path("invocations/{name}")
public class InvocationsResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String count(@PathParam("name") String name) {
        return Integer.toString(Invocations.count(name));
    }
}
