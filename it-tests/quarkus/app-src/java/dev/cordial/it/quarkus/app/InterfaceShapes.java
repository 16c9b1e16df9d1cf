package dev.cordial.it.quarkus.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The {@code @Path}-interface shapes, each interface next to its implementation: the policy on the
 * implementing class, on the implementation of a generic interface, and on a generic interface's
 * method with an unannotated implementation.
 */
public final class InterfaceShapes {

    private InterfaceShapes() {}

    @Path("contract")
    @Produces(MediaType.TEXT_PLAIN)
    public interface Contract {
        @GET
        String get();

        @PUT
        @Consumes(MediaType.TEXT_PLAIN)
        String put(String body);
    }

    @AllowCredentials(origins = "https://app.example.com")
    public static class ContractImpl implements Contract {
        @Override
        public String get() {
            Counts.hit("contract.get");
            return "contract";
        }

        @Override
        public String put(String body) {
            Counts.hit("contract.put");
            return "put " + body;
        }
    }

    /** Implemented with {@code T = String}: the container may hand Cordial the bridge method. */
    @Path("generic")
    @Produces(MediaType.TEXT_PLAIN)
    public interface Store<T> {
        @GET
        String get();

        @PUT
        @Consumes(MediaType.TEXT_PLAIN)
        String put(T body);
    }

    @AllowCredentials(origins = "https://app.example.com")
    public static class StringStore implements Store<String> {
        @Override
        public String get() {
            Counts.hit("generic.get");
            return "store";
        }

        @Override
        public String put(String body) {
            Counts.hit("generic.put");
            return "stored " + body;
        }
    }

    /** Only {@code put} is covered; {@code get} is not Cordial's. */
    @Path("notes-contract")
    @Produces(MediaType.TEXT_PLAIN)
    public interface Notes<T> {
        @GET
        String get();

        @PUT
        @Consumes(MediaType.TEXT_PLAIN)
        @AllowCredentials(origins = "https://app.example.com")
        String put(T body);
    }

    public static class StringNotes implements Notes<String> {
        @Override
        public String get() {
            Counts.hit("notes-contract.get");
            return "notes";
        }

        @Override
        public String put(String body) {
            Counts.hit("notes-contract.put");
            return "noted " + body;
        }
    }
}
