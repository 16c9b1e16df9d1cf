package dev.cordial.it.unprocessed;

import dev.cordial.AllowWithoutCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A public policy compiled with {@code -proc:none}: it needs its generated filter as much as a credentialed one. */
@Path("unprocessed-public")
@AllowWithoutCredentials(origins = "*")
public class UnprocessedPublicResource {
    @GET
    public String get() {
        return "public";
    }
}
