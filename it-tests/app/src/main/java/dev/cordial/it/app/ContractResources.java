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
}
