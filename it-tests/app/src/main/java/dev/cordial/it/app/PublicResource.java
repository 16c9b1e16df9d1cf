package dev.cordial.it.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** No annotation: Cordial must not touch it. */
@Path("public")
public class PublicResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get() {
        Invocations.hit("public.get");
        return "public";
    }
}
