package dev.cordial.it.app;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The interface shapes real applications use (a client and a server sharing one {@code @Path}
 * interface). RESTEasy reports the interface as the resource class, Jersey the implementation;
 * the policy must hold on both.
 */
public final class ContractApi {

    private ContractApi() {}

    /** {@code @Path} on the interface, {@code @AllowCredentials} on the implementing class. */
    @Path("contract")
    @Produces(MediaType.TEXT_PLAIN)
    public interface Contract {
        @GET
        String get();

        @PUT
        @Consumes(MediaType.TEXT_PLAIN)
        String put(String body);
    }

    /** A generic {@code @Path} interface: the implementation's method is reached through a bridge. */
    @Path("generic")
    @Produces(MediaType.TEXT_PLAIN)
    public interface Store<T> {
        @GET
        String get();

        @PUT
        @Consumes(MediaType.TEXT_PLAIN)
        String put(T body);
    }

    /**
     * A generic interface whose one method carries the policy; the implementing class carries
     * none. {@code get} is not covered.
     */
    @Path("notes-contract")
    @Produces(MediaType.TEXT_PLAIN)
    public interface Notes<T> {
        @GET
        String get();

        @PUT
        @Consumes(MediaType.TEXT_PLAIN)
        @dev.cordial.AllowCredentials(origins = "https://app.example.com")
        String put(T body);
    }
}
