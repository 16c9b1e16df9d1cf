package dev.cordial.it.quarkus.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Behind {@link SessionAuthFilter}: every request needs the session cookie, preflights excepted. */
@Path("secure")
@Produces(MediaType.TEXT_PLAIN)
@AllowCredentials(origins = "https://app.example.com", allowHeaders = {"Content-Type", "X-Request-Id"}, maxAge = 600)
public class SecureResource {

    @GET
    public String get() {
        Counts.hit("secure.get");
        return "secure";
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    public String create(String json) {
        Counts.hit("secure.create");
        return "created " + json;
    }
}
