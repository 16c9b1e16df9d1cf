package dev.cordial.it.quarkus.app;

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

/** A class-level policy with two origins, one method-level override, and the error paths. */
@Path("orders")
@Produces(MediaType.TEXT_PLAIN)
@AllowCredentials(origins = {"https://app.example.com", "http://localhost:5173"}, exposeHeaders = "X-Total-Count")
public class OrdersResource {

    @GET
    public String list() {
        Counts.hit("orders.list");
        return "orders";
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public String create(String body) {
        Counts.hit("orders.create");
        return "created " + body;
    }

    /** {@code orders/missing} throws a {@code WebApplicationException} (404). */
    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        if (id.equals("missing")) {
            throw new NotFoundException();
        }
        return "order " + id;
    }

    /** An exception no mapper of the application handles. */
    @GET
    @Path("errors/boom")
    public String boom() {
        Counts.hit("orders.boom");
        throw new IllegalStateException("boom");
    }

    @DELETE
    @Path("{id}")
    @AllowCredentials(origins = "https://admin.example.com")
    public void remove(@PathParam("id") String id) {
        Counts.hit("orders.remove");
    }
}
