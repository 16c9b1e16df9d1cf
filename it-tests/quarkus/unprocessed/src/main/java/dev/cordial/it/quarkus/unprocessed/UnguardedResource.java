package dev.cordial.it.quarkus.unprocessed;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Annotated, but compiled without Cordial's processor: there is no UnguardedResource_CordialFilter. */
@Path("unguarded")
@AllowCredentials(origins = "https://app.example.com")
public class UnguardedResource {

    @GET
    public String get() {
        return "served without its policy";
    }
}
