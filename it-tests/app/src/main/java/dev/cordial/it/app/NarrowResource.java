package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Serves GET and POST, but lets scripts of other origins use GET only. */
@Path("narrow")
@AllowCredentials(origins = "https://app.example.com", methods = "GET")
@Produces(MediaType.TEXT_PLAIN)
public class NarrowResource {
    @GET
    public String get() {
        return "narrow";
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public String post(String body) {
        Invocations.hit("narrow.post");
        return "posted";
    }
}
