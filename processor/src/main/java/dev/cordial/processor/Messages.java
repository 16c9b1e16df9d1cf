package dev.cordial.processor;

/**
 * Every diagnostic the processor writes, in one place: "X must / must not ...", the browser fact
 * behind it, and a fix when one exists. Origin wording comes from the shared
 * {@code OriginSyntax} so that startup says exactly the same thing.
 */
final class Messages {

    static final String PREFIX = "@AllowCredentials ";

    private Messages() {}

    /** {@code message} is the shared grammar's "must ..." sentence, fix included. */
    static String origin(String value, String message) {
        return PREFIX + "origins entry \"" + value + "\" " + message;
    }

    static String noOrigins() {
        return PREFIX + "must name at least one origin in origins or an originsProperty to read them from at startup:"
                + " with none, no browser could ever read a response";
    }

    static String maxAgeBelowMinusOne(int value) {
        return PREFIX + "maxAge must be -1 (omit Access-Control-Max-Age) or at least 0, not " + value;
    }

    static String classPlacement(String type) {
        return PREFIX + "must be on a @Path resource class or a @Path interface, and " + type + " is neither:"
                + " Jakarta REST never routes a request to it; add @Path or move the annotation to the resource";
    }

    static String methodPlacement(String method) {
        return PREFIX + "must be on a resource method (@GET, @POST, ... or a custom @HttpMethod) or a sub-resource"
                + " method, and " + method + " is neither";
    }

    static String subResourceLocator(String method) {
        return PREFIX + "is not supported on the sub-resource locator " + method + ": annotate the methods of the"
                + " sub-resource class it returns instead";
    }

    static String crash(String type, String stackTrace) {
        return "Cordial's processor failed on " + type + "; please report this with the stack trace. No filter was"
                + " generated for it.\n" + stackTrace;
    }
}
