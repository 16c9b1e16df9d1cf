package dev.cordial.it.quarkus.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The exact-origin target of the hostile-origin suite; every method counts under "hostile". */
@Path("hostile/exact")
@Produces(MediaType.TEXT_PLAIN)
@AllowCredentials(origins = "https://app.example.com", allowHeaders = "Content-Type")
public class HostileResource {

    @GET
    public String get() {
        Counts.hit("hostile");
        return "get";
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public String post(String body) {
        Counts.hit("hostile");
        return "post";
    }

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    public String put(String body) {
        Counts.hit("hostile");
        return "put";
    }
}
