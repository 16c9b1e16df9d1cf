package dev.cordial.it.dropwizard;

import dev.cordial.AllowCredentials;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.security.Principal;
import java.util.concurrent.atomic.AtomicInteger;

/** Behind dropwizard-auth's Basic filter; compiled here, so Cordial's processor runs in this module too. */
@Path("account")
@Produces(MediaType.TEXT_PLAIN)
@AllowCredentials(origins = "https://app.example.com")
public class AccountResource {

    static final AtomicInteger INVOKED = new AtomicInteger();

    /** The authenticated user. */
    public record User(String getName) implements Principal {}

    @GET
    @RolesAllowed("USER")
    public String get(@Auth User user) {
        INVOKED.incrementAndGet();
        return "hello " + user.getName();
    }

    @PUT
    @RolesAllowed("USER")
    @Consumes(MediaType.TEXT_PLAIN)
    public String put(@Auth User user, String body) {
        INVOKED.incrementAndGet();
        return user.getName() + " put " + body;
    }
}
