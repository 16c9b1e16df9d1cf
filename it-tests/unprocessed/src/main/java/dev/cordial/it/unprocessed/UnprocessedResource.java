package dev.cordial.it.unprocessed;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Annotated, but compiled with {@code -proc:none}: no generated filter exists for it. */
@Path("unprocessed")
@AllowCredentials(origins = "https://app.example.com")
public class UnprocessedResource {
    @GET
    public String get() {
        return "must never be served";
    }
}
