package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Sets its own Vary, which Cordial must keep. */
@Path("vary")
@AllowCredentials(origins = "https://app.example.com")
public class VaryResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response get() {
        Invocations.hit("vary.get");
        return Response.ok("varies").header("Vary", "Accept-Encoding").build();
    }
}
