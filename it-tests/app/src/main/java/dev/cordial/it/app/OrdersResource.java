package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Class-level policy, one method-level override, and every kind of error response. */
@Path("orders")
@AllowCredentials(
        origins = {"https://app.example.com", "http://localhost:5173"},
        exposeHeaders = "X-Total-Count")
public class OrdersResource {

    /** Reused across requests, as applications do with constant exceptions. */
    private static final NotFoundException SHARED_NOT_FOUND = new NotFoundException("shared");

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Response list() {
        Invocations.hit("orders.list");
        return Response.ok("orders").header("X-Total-Count", "2").build();
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String create(String body) {
        Invocations.hit("orders.create");
        return "created " + body;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String get(@PathParam("id") String id) {
        Invocations.hit("orders.get");
        if (id.equals("missing")) {
            throw new NotFoundException("no order " + id);
        }
        return "order " + id;
    }

    @GET
    @Path("errors/conflict")
    public String conflict() {
        Invocations.hit("orders.conflict");
        throw new OrderConflictException();
    }

    @GET
    @Path("errors/boom")
    public String boom() {
        Invocations.hit("orders.boom");
        throw new IllegalStateException("unmapped failure");
    }

    @GET
    @Path("errors/shared")
    public String shared() {
        throw SHARED_NOT_FOUND;
    }

    @GET
    @Path("errors/moved")
    public Response moved() {
        return Response.seeOther(java.net.URI.create("orders")).build();
    }

    /** Only the admin console may delete: this replaces the class-level policy. */
    @DELETE
    @Path("{id}")
    @AllowCredentials(origins = "https://admin.example.com")
    public Response remove(@PathParam("id") long id) {
        Invocations.hit("orders.remove");
        return Response.noContent().build();
    }
}
