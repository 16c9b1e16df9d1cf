package dev.cordial.bench;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The resource whose generated filter the benchmarks measure. */
@Path("bench")
@AllowCredentials(origins = "https://app.example.com", allowHeaders = {"Content-Type", "X-Request-Id"},
        exposeHeaders = "X-Total", maxAge = 600)
public class BenchResource {
    @GET
    public String get() {
        return "ok";
    }

    @POST
    public String post(String body) {
        return body;
    }
}
