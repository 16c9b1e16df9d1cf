package dev.cordial.it.unprocessed;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Only one method annotated, compiled with {@code -proc:none}. */
@Path("unprocessed-method")
public class UnprocessedMethodResource {
    @GET
    public String get() {
        return "public";
    }

    @DELETE
    @AllowCredentials(origins = "https://app.example.com")
    public void delete() {}
}
