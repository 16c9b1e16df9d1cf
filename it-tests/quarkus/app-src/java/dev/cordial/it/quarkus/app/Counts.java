package dev.cordial.it.quarkus.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts resource-method and filter invocations, and serves the counts on an unannotated endpoint
 * ({@code GET counts/{name}}): the tests run in another process and prove a refused request never
 * reached a method by reading a count before and after.
 */
@Path("counts")
public class Counts {

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    static void hit(String name) {
        COUNTS.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.TEXT_PLAIN)
    public String count(@PathParam("name") String name) {
        AtomicInteger c = COUNTS.get(name);
        return Integer.toString(c == null ? 0 : c.get());
    }
}
