package dev.cordial.it.payara;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Origins meant to come from a key set nowhere (not in the JAX-RS properties, MicroProfile Config,
 * the system properties or the environment): the application starts, with the annotation's origins,
 * and Cordial logs one WARN naming every place it looked, which {@code PayaraTck} finds in Payara's log.
 */
@Path("unset")
@AllowCredentials(origins = "https://app.example.com", originsProperty = UnsetPropertyResource.PROPERTY)
public class UnsetPropertyResource {

    public static final String PROPERTY = "cordial.it.unset.origins";

    @GET
    public String get() {
        return "unset";
    }
}
