package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Behind {@link SessionAuthFilter}: every route shape a preflight must find. */
@Path("secure")
@AllowCredentials(
        origins = "https://app.example.com",
        allowHeaders = {"Content-Type", "X-Request-Id"},
        maxAge = 600)
@Produces(MediaType.TEXT_PLAIN)
public class SecureResource {

    @GET
    public String root() {
        Invocations.hit("secure.root");
        return "secure root";
    }

    @GET
    @Path("profile")
    public String profile() {
        return "profile";
    }

    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    public String create(String json) {
        Invocations.hit("secure.create");
        return "created " + json;
    }

    @PUT
    @Path("items/{id}")
    @Consumes(MediaType.TEXT_PLAIN)
    public String replace(@PathParam("id") String id, @HeaderParam("X-Request-Id") String requestId, String body) {
        return "replaced " + id + " by " + requestId;
    }

    @GET
    @Path("items/{id: [0-9]+}/notes")
    public String notes(@PathParam("id") long id) {
        return "notes of " + id;
    }

    @DELETE
    @Path("items/{id}")
    @AllowCredentials(origins = "https://admin.example.com")
    public void remove(@PathParam("id") String id) {
        Invocations.hit("secure.remove");
    }

    @GET
    @Path("custom")
    public String custom() {
        return "custom";
    }

    /** A user-written OPTIONS method: plain OPTIONS requests must still reach it. */
    @OPTIONS
    @Path("custom")
    public String customOptions() {
        return "custom options";
    }
}
