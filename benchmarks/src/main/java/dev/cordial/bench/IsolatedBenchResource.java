package dev.cordial.bench;

import dev.cordial.AllowCredentials;
import dev.cordial.Isolation;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** {@link BenchResource}'s policy with Fetch Metadata isolation enforced, for {@link IsolationBenchmark}. */
@Path("isolated")
@AllowCredentials(origins = "https://app.example.com", allowHeaders = {"Content-Type", "X-Request-Id"},
        exposeHeaders = "X-Total", maxAge = 600, isolation = Isolation.ENFORCE)
public class IsolatedBenchResource {
    @GET
    public String get() {
        return "ok";
    }

    @POST
    public String post(String body) {
        return body;
    }
}
