package dev.cordial.processor;

import java.util.List;

/**
 * Every diagnostic the processor writes, in one place: "X must / must not ...", the browser fact
 * behind it, and a fix when one exists. Origin wording comes from the shared {@code OriginSyntax}
 * so that startup says exactly the same thing. docs/diagnostics.md lists them all.
 */
final class Messages {

    static final String PREFIX = "@AllowCredentials ";
    static final String PUBLIC_PREFIX = "@AllowWithoutCredentials ";

    private Messages() {}

    /** {@code message} as said of an {@code @AllowWithoutCredentials} when {@code credentials} is false. */
    static String of(boolean credentials, String message) {
        return credentials || !message.startsWith(PREFIX) ? message : PUBLIC_PREFIX + message.substring(PREFIX.length());
    }

    // ---- errors of @AllowWithoutCredentials, and of the two together --------------------------

    static String bothPolicies(String where) {
        return "@AllowCredentials and @AllowWithoutCredentials must not both be on " + where + ": a route either lets"
                + " listed sites read it with the user's credentials or lets scripts read it without them; keep one,"
                + " or put the other on the methods it is for";
    }

    static String anyOriginNotAlone() {
        return PUBLIC_PREFIX + "origins \"*\" already allows every origin: it must be the only entry, without"
                + " originsProperty; remove the others";
    }

    static String publicMethodStar() {
        return PUBLIC_PREFIX + "methods must not contain \"*\": Cordial answers the methods the code serves; list"
                + " them, or leave methods empty";
    }

    /** {@code what} is how the method reads credentials: "@CookieParam(\"sid\")", "cookies from HttpHeaders". */
    static String readsCredentials(String what, String method) {
        return PUBLIC_PREFIX + "covers " + method + ", which reads " + what + ": scripts on other sites read this"
                + " route without credentials, so a cross-origin request carries no cookies when the script omits"
                + " them, and a page that sends them cannot read the answer; use @AllowCredentials for this method,"
                + " or read a token the script sends (allowHeaders = \"Authorization\")";
    }

    // ---- errors ------------------------------------------------------------------------------

    /** {@code message} is the shared grammar's "must ..." sentence, fix included. */
    static String origin(String value, String message) {
        return PREFIX + "origins entry \"" + value + "\" " + message;
    }

    static String noOrigins() {
        return PREFIX + "must name at least one origin in origins or an originsProperty to read them from at startup:"
                + " with none, no browser could ever read a response";
    }

    static String methodStar(boolean credentials) {
        if (!credentials) {
            return publicMethodStar();
        }
        return PREFIX + "methods must not contain \"*\": on credentialed requests browsers read it as a method"
                + " literally named \"*\"; list the methods, or leave methods empty for those the code serves";
    }

    static String forbiddenMethod(String method) {
        return PREFIX + "methods must not contain \"" + method + "\": CONNECT, TRACE and TRACK are forbidden methods"
                + " that browsers never let scripts send";
    }

    static String notAToken(String attribute, String value) {
        return PREFIX + attribute + " entry \"" + value + "\" must be an HTTP token (RFC 9110): letters, digits and"
                + " !#$%&'*+-.^_`|~, no spaces, commas or colons; write one name per array element";
    }

    static String methodCase(String method, String upper) {
        return PREFIX + "methods entry \"" + method + "\" must be spelled \"" + upper + "\": methods compare"
                + " case-sensitively and browsers upper-case only DELETE, GET, HEAD, OPTIONS, POST and PUT; did you mean"
                + " \"" + upper + "\"?";
    }

    static String headerStar(String attribute) {
        return PREFIX + attribute + " must not contain \"*\": on credentialed requests browsers read it as a header"
                + " literally named \"*\" (and it never covers Authorization); list the headers";
    }

    static String exposeSetCookie(String header) {
        return PREFIX + "exposeHeaders must not contain \"" + header + "\": browsers never let scripts read Set-Cookie"
                + " or Set-Cookie2, exposed or not";
    }

    /** {@code Origin} or an {@code Access-Control-*} name in {@code allowHeaders} or {@code exposeHeaders}. */
    static String corsProtocolHeader(String attribute, String header) {
        return PREFIX + attribute + " must not contain \"" + header + "\": " + (attribute.equals("exposeHeaders")
                ? "the CORS response headers are Cordial's to write, and exposing one to the script reads nothing"
                        + " the browser has not already checked; remove it"
                : "Origin and the Access-Control-* headers belong to the CORS protocol: the browser sets them on"
                        + " its own requests and a script can never send them; remove it");
    }

    /** Why a cleartext origin is dangerous, shared by the error and the warning that replaces it under the opt-out. */
    private static final String CLEARTEXT_RISK = "any network attacker who can rewrite that page over http (public"
            + " Wi-Fi, a proxy, anyone on the path) runs script in it that reads the user's data with their cookies";

    /** An {@code http://} origin or pattern whose host is not loopback, without the opt-out. */
    static String cleartextOrigin(String origin) {
        return PREFIX + "origins entry \"" + origin + "\" must use https: " + CLEARTEXT_RISK + " (http is fine only"
                + " for localhost, *.localhost, 127.0.0.0/8 and [::1]); use https://, or, if cleartext is really"
                + " intended (an intranet with no TLS), set dangerouslyAllowCleartextOrigins = true";
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

    static String ambiguousRoute(String httpMethod, String template, String other) {
        return PREFIX + "must not give " + httpMethod + " " + template + " a different policy from " + other
                + ": a preflight names only the path and the method, so it could not tell the two apart; use one"
                + " policy for both";
    }

    static String crash(String type, String stackTrace) {
        return "Cordial's processor failed on " + type + "; please report this with the stack trace. No filter was"
                + " generated for it.\n" + stackTrace;
    }

    static String incompleteProcessorPath(String type, String stackTrace) {
        return "Cordial's processor cannot run on " + type + ": a class it needs is missing from the annotation"
                + " processor path. Fix: name dev.cordial:cordial-processor in maven-compiler-plugin's"
                + " <annotationProcessorPaths> (Gradle: annotationProcessor), which brings its dependencies"
                + " (cordial-core, javapoet), rather than a lone jar. No filter was generated for it.\n" + stackTrace;
    }

    // ---- warnings ----------------------------------------------------------------------------

    static String locatorNotCovered(String type, String method) {
        return PREFIX + "on " + type + " does not cover its sub-resource locator " + method + ": requests through it"
                + " reach a class found only at run time, whose routes no preflight can know before matching, so"
                + " Cordial leaves them alone (no CORS headers, no 403 for other origins); serve those paths from"
                + " sub-resource methods or a root resource with @AllowCredentials, or keep them same-origin";
    }

    /** A cleartext origin that {@code dangerouslyAllowCleartextOrigins = true} lets compile: still said in the build log. */
    static String toleratedCleartextOrigin(String origin) {
        return PREFIX + "origins entry \"" + origin + "\" is cleartext, allowed only by"
                + " dangerouslyAllowCleartextOrigins: " + CLEARTEXT_RISK + "; use https when you can";
    }

    /** The opt-out set where nothing could need it: no cleartext origin, no originsProperty. */
    static String cleartextOptOutUnused() {
        return PREFIX + "dangerouslyAllowCleartextOrigins has no effect: origins has no http:// origin outside"
                + " loopback and there is no originsProperty that could bring one; remove it";
    }

    static String duplicate(String attribute, String value, boolean ignoreCase) {
        return PREFIX + attribute + " lists \"" + value + "\" more than once" + (ignoreCase ? " (header names ignore case)" : "")
                + "; remove the repetition";
    }

    static String methodNotServed(String method, List<String> served) {
        return PREFIX + "methods names \"" + method + "\", which the annotated code does not serve"
                + (served.isEmpty() ? "" : " (it serves " + String.join(", ", served) + ")")
                + ": a preflight for it would be approved for nothing";
    }

    static String forbiddenRequestHeader(String header) {
        return PREFIX + "allowHeaders entry \"" + header + "\" is a forbidden request header: only the browser sets it,"
                + " scripts never can; remove it";
    }

    static String safelistedResponseHeader(String header) {
        return PREFIX + "exposeHeaders entry \"" + header + "\" is a CORS-safelisted response header that scripts can"
                + " always read; remove it";
    }

    static String maxAgeAboveChromiumCap(int value) {
        return PREFIX + "maxAge " + value + " is above Chromium's cap of 7200 seconds: Chromium caches preflights for"
                + " 7200 s at most";
    }

    static String maxAgeAboveCaps(int value) {
        return PREFIX + "maxAge " + value + " is above Firefox's cap of 86400 seconds and Chromium's of 7200: browsers"
                + " cache preflights for those times at most";
    }

    static String headerParamNotSendable(String header, String method) {
        return PREFIX + "does not let cross-origin scripts send \"" + header + "\", which " + method + " reads with"
                + " @HeaderParam: it is not CORS-safelisted, so add it to allowHeaders";
    }

    static String consumesNeedsContentType(String mediaType, String method) {
        return PREFIX + "does not allow the Content-Type header, yet " + method + " consumes \"" + mediaType
                + "\": only form, multipart and text/plain bodies go without a preflight, so add \"Content-Type\" to"
                + " allowHeaders";
    }
}
