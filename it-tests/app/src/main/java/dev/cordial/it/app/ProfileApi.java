package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A {@code @Path} interface: its policy applies to {@link ProfileResource}. */
@Path("profile")
@AllowCredentials(origins = "https://app.example.com")
public interface ProfileApi {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    String profile();
}
