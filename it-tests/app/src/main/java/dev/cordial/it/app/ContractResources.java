package dev.cordial.it.app;

import dev.cordial.AllowCredentials;

/** Implementations of {@link ContractApi}'s interfaces, counted by {@link Invocations}. */
public final class ContractResources {

    private ContractResources() {}

    @AllowCredentials(origins = "https://app.example.com")
    public static class ContractResource implements ContractApi.Contract {
        @Override
        public String get() {
            Invocations.hit("contract.get");
            return "contract";
        }

        @Override
        public String put(String body) {
            Invocations.hit("contract.put");
            return "put " + body;
        }
    }

    @AllowCredentials(origins = "https://app.example.com")
    public static class StringStore implements ContractApi.Store<String> {
        @Override
        public String get() {
            Invocations.hit("generic.get");
            return "store";
        }

        @Override
        public String put(String body) {
            Invocations.hit("generic.put");
            return "stored " + body;
        }
    }

    public static class StringNotes implements ContractApi.Notes<String> {
        @Override
        public String get() {
            Invocations.hit("notes-contract.get");
            return "notes";
        }

        @Override
        public String put(String body) {
            Invocations.hit("notes-contract.put");
            return "noted " + body;
        }
    }

    /** A root resource with a class-level policy, and a subclass with its own {@code @Path} and no annotation. */
    @jakarta.ws.rs.Path("parent")
    @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.TEXT_PLAIN)
    @AllowCredentials(origins = "https://app.example.com")
    public static class ParentResource {
        @jakarta.ws.rs.GET
        public String get() {
            Invocations.hit("parent.get");
            return "parent";
        }

        @jakarta.ws.rs.PUT
        @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.TEXT_PLAIN)
        public String put(String body) {
            Invocations.hit("parent.put");
            return "parent " + body;
        }
    }

    @jakarta.ws.rs.Path("child")
    public static class ChildResource extends ParentResource {
        @Override
        public String put(String body) {
            Invocations.hit("child.put");
            return "child " + body;
        }
    }
}
