package dev.cordial.demo;

import dev.cordial.AllowCredentials;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The user's notes: every kind of request a single-page app sends with credentials. */
@Path("notes")
@AllowCredentials(
        originsProperty = DemoApp.PAGE_ORIGINS,
        allowHeaders = {"Content-Type", "X-Request-Id"},
        exposeHeaders = "X-Request-Id",
        maxAge = 600)
@Produces(MediaType.APPLICATION_JSON)
@Singleton
public class NotesResource {

    private final Map<Integer, String> notes = new ConcurrentHashMap<>(Map.of(1, "\"buy milk\""));
    private final AtomicInteger ids = new AtomicInteger(1);

    @GET
    public String list() {
        return notes.entrySet().stream().map(e -> "{\"id\":" + e.getKey() + ",\"note\":" + e.getValue() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String json) {
        int id = ids.incrementAndGet();
        notes.put(id, json);
        return Response.status(Response.Status.CREATED).entity("{\"id\":" + id + "}").build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replace(@PathParam("id") int id, @HeaderParam("X-Request-Id") String requestId, String json) {
        notes.put(id, json);
        return Response.ok("{\"id\":" + id + "}").header("X-Request-Id", requestId).build();
    }

    @DELETE
    @Path("{id}")
    public void remove(@PathParam("id") int id) {
        notes.remove(id);
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") int id) {
        String note = notes.get(id);
        if (note == null) {
            throw new NotFoundException();
        }
        return note;
    }
}
