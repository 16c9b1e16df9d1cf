package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Preview environments: any subdomain of preview.example.com, never preview.example.com itself. */
@Path("preview")
@AllowCredentials(origins = {"https://*.preview.example.com", "http://*.localhost:5173"})
public class PreviewResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String get() {
        Invocations.hit("preview.get");
        return "preview";
    }
}
