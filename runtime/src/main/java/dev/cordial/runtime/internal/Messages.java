package dev.cordial.runtime.internal;

import java.util.List;

/**
 * Every sentence the runtime says, in one place as the processor's {@code Messages} is: why an
 * application must not start (each naming the resource, the cause and the fix), what the startup
 * line says, and what a refused request is told. A leaf: it imports nothing of Cordial's, so every
 * package may use it.
 */
public final class Messages {

    /** The body of the 500 every request gets while Cordial's binder never ran. */
    public static final String NOT_ACTIVE = "Cordial is not active on this server; see the server log";

    private Messages() {}

    /**
     * {@code @AllowCredentials} on {@code owner} covers {@code resource.methodKey}, but no generated
     * filter routes it: the filter {@code filterName} is missing ({@code filterExists} false) or
     * stale.
     */
    public static String notEnforceable(String annotation, String owner, String resource, String methodKey,
            String filterName, boolean filterExists) {
        String where = "Cordial: " + annotation + " on " + owner + " covers " + resource + "." + methodKey + ", but ";
        if (!filterExists) {
            return where + "its generated filter " + filterName + " does not exist: Cordial's"
                    + " annotation processor did not run when " + owner + " was compiled, so its policy cannot"
                    + " be enforced and the application must not start. Fix: put dev.cordial:cordial-processor in"
                    + " maven-compiler-plugin's <annotationProcessorPaths> (preferred; Gradle: annotationProcessor), or,"
                    + " if it is an ordinary dependency, pass -proc:full to javac (JDK 23 and later run no processor"
                    + " found on the class path without it); then rebuild from clean (mvn clean verify).";
        }
        return where + "its generated filter " + filterName + " does not know that method:"
                + " the class and its generated filter come from different builds. Fix: rebuild from clean"
                + " (mvn clean verify) with Cordial's annotation processor in <annotationProcessorPaths>.";
    }

    /** The container reported a {@code @Path} interface and Cordial could not find the class it serves. */
    public static String hiddenImplementation(String reported, String methodKey) {
        return "Cordial: the container reports the @Path interface " + reported + " as the resource serving "
                + methodKey + " and Cordial cannot find the class that implements it, so it"
                + " cannot tell which @AllowCredentials applies and the application must not start. Fix: put @Path on"
                + " the implementing class as well, or report the container and its version to Cordial.";
    }

    /** The container configured {@code CordialFeature} but never called its binder. */
    public static String binderNeverRan() {
        return "Cordial: the container configured CordialFeature but never handed its DynamicFeature a resource"
                + " method, so no @AllowCredentials policy is bound; every request is refused with 500 rather than"
                + " served unprotected. The container ignores DynamicFeatures registered by a Feature (Quarkus REST"
                + " does, and runs dev.cordial.runtime.internal.container.BinderRelay instead: is cordial-runtime's"
                + " META-INF/services/jakarta.ws.rs.ext.Providers on the class path?). An application with no"
                + " resource method at all also ends here: remove cordial-runtime from it.";
    }

    /**
     * A CXF server was created with {@code @AllowCredentials} resources and without Cordial: the
     * bus feature that adds it was not applied to the server.
     */
    public static String cxfFeatureNotApplied(List<String> resources) {
        return "Cordial: this Apache CXF server serves @AllowCredentials resources (" + String.join(", ", resources)
                + ") but Cordial is not on it: CXF did not apply Cordial's bus feature"
                + " (dev.cordial.runtime.internal.container.CxfServers, from cordial-runtime's"
                + " META-INF/cxf/bus-extensions.txt) to the server, so the policies would not be enforced and the"
                + " server must not start. The cause is the server's bus or factory: a bus whose features cannot be"
                + " changed, or a JAXRSServerFactoryBean that does not apply the bus's features (applyBusFeatures)."
                + " Fix: register dev.cordial.runtime.CordialFeature with the server yourself"
                + " (JAXRSServerFactoryBean#setProviders, or Application#getClasses), or let the bus apply its features.";
    }

    /** A bridge method whose target Cordial cannot tell. */
    public static String ambiguousBridge(String type, String bridge, int candidates, String name) {
        return "Cordial: cannot tell which method of " + type + " the bridge " + bridge + " leads to (" + candidates
                + " candidates), so it cannot tell whether @AllowCredentials covers it; give the overloads of " + name
                + " distinct names";
    }

    /** A class with the generated name that is not a generated filter. */
    public static String notAGeneratedFilter(String generated, String base) {
        return generated + " does not extend " + base
                + ": a class with Cordial's generated name must be Cordial's generated filter";
    }

    /** A generated filter that cannot be instantiated. */
    public static String cannotInstantiate(String generated) {
        return "cannot instantiate the generated filter " + generated
                + "; was it generated by the same Cordial version as cordial-runtime?";
    }

    /** A generated filter from another Cordial version. */
    public static String otherVersion(String generated) {
        return generated + " was generated by another version of Cordial than this cordial-runtime; rebuild the"
                + " application (mvn clean verify)";
    }

    /** A class of Cordial's glue for this container (Jersey, CXF) could not be loaded or made. */
    public static String containerGlueMissing(String className) {
        return "Cordial: cannot install " + className + " for this container; is the container's server jar (for"
                + " Jersey, jersey-server next to jersey-common) on the class path, and cordial-runtime complete?";
    }

    /**
     * One of the messages below as said of an {@code @AllowWithoutCredentials} policy when
     * {@code credentials} is false: they are written for {@code @AllowCredentials}.
     */
    public static String forPolicy(boolean credentials, String message) {
        return credentials ? message : message.replace("@AllowCredentials(originsProperty",
                "@AllowWithoutCredentials(originsProperty").replace(" (a route any site may read without the user's"
                + " credentials takes @AllowWithoutCredentials(origins = \"*\"))", "");
    }

    /** Where an {@code originsProperty} is declared, for the messages about its value. */
    private static String where(String key, String resource, String method) {
        return "@AllowCredentials(originsProperty = \"" + key + "\") on " + resource + "." + method;
    }

    /** A policy left with no origin: {@code origins} empty and the property set nowhere. */
    public static String noOrigin(String key, String resource, String method, List<String> placesLooked) {
        return "Cordial: " + where(key, resource, method) + ": no origin at all: \"" + key + "\" is set nowhere"
                + " (looked in: " + String.join(", ", placesLooked) + "); set it in one of them to a comma-separated"
                + " list of origins";
    }

    /** A referenced property set nowhere, while the annotation lists origins: logged once per key, as a WARN. */
    public static String unsetProperty(String key, String resource, String method, List<String> placesLooked) {
        return "Cordial: " + where(key, resource, method) + ": \"" + key + "\" is set nowhere (looked in: "
                + String.join(", ", placesLooked) + "), so only the annotation's origins are allowed and every origin"
                + " meant to come from it is refused with 403; set it, or remove originsProperty";
    }

    /** A configuration place that failed to answer for a key. */
    public static String unreadableProperty(String key, String resource, String method, String place, Throwable e) {
        return "Cordial: " + where(key, resource, method) + ": reading \"" + key + "\" from " + place + " failed ("
                + e + "); fix that configuration, since the origins it holds cannot be known";
    }

    /** A property value with an origin the compile-time rules refuse. */
    public static String invalidPropertyOrigin(String key, String resource, String method, String source, String value,
            String origin, String problem) {
        return "Cordial: " + where(key, resource, method) + ": the " + source + " \"" + key + "\" = \"" + value
                + "\" is invalid: origin \"" + origin + "\" " + problem;
    }

    /** Why a cleartext origin is refused, as the processor says it. */
    private static final String CLEARTEXT_RISK = "any network attacker who can rewrite that page over http (public"
            + " Wi-Fi, a proxy, anyone on the path) runs script in it that reads the user's data with their cookies";

    /**
     * A property value with an {@code http://} origin outside loopback, for a policy without
     * {@code dangerouslyAllowCleartextOrigins}: the application must not start.
     */
    public static String cleartextPropertyOrigin(String key, String resource, String method, String source,
            String value, String origin) {
        return "Cordial: " + where(key, resource, method) + ": the " + source + " \"" + key + "\" = \"" + value
                + "\" is refused: origin \"" + origin + "\" must use https: " + CLEARTEXT_RISK + " (http is fine only"
                + " for localhost, *.localhost, 127.0.0.0/8 and [::1]), so the application must not start. Fix: use"
                + " https:// in the value, or, if cleartext is really intended (an intranet with no TLS), add"
                + " dangerouslyAllowCleartextOrigins = true to that @AllowCredentials and rebuild.";
    }

    /** A hand-built {@code CorsPolicy} with an {@code http://} origin outside loopback and no opt-out. */
    public static String cleartextOrigin(String origin) {
        return "origin \"" + origin + "\" must use https: " + CLEARTEXT_RISK + " (http is fine only for localhost,"
                + " *.localhost, 127.0.0.0/8 and [::1]); use https://, or, if cleartext is really intended (an intranet"
                + " with no TLS), call dangerouslyAllowCleartextOrigins(true)";
    }

    /**
     * Two resources, possibly from two jars compiled apart, answer the same path and method under
     * different policies: a preflight names only the path and the method, so its answer would be
     * whichever was seen first.
     */
    public static String conflictingPolicies(String httpMethod, String template, String first, String second) {
        return "Cordial: " + httpMethod + " " + template + " is covered by two different @AllowCredentials policies ("
                + first + " and " + second + "): a preflight names only the path and the method, so Cordial cannot"
                + " tell which applies and the application must not start. Fix: give both resource methods the same"
                + " policy, or serve them at different paths. (Within one compilation the processor reports this;"
                + " here the two come from separately compiled code, such as two jars.)";
    }

    /** {@code "Cordial: 12 resource methods bound under 5 policies"}. */
    public static String summary(int boundMethods, int policies) {
        return "Cordial: " + boundMethods + " resource method" + (boundMethods == 1 ? "" : "s") + " bound under "
                + policies + " polic" + (policies == 1 ? "y" : "ies")
                + (boundMethods == 0 ? " (no @AllowCredentials resource is served by this application)" : "");
    }

    /** The resolved route dump ({@code cordial.routes.dump}), lines already sorted. */
    public static String routeDump(List<String> lines) {
        return "Cordial routes:\n  " + String.join("\n  ", lines);
    }

    /** What Cordial logs, at SEVERE, for an exception no mapper handled. */
    public static final String UNHANDLED = "Unhandled exception in a resource; answering 500";

    /** What Cordial logs, at FINE, when it cannot tell the route of an exception (then not Cordial's). */
    public static final String NO_ROUTE_FOR_EXCEPTION = "Cannot read the route of an exception; leaving it to the container";

    /** What Cordial logs, at FINE, when RESTEasy's failure cannot be read. */
    public static final String NO_RESTEASY_FAILURE = "Cannot read RESTEasy's Failure; answering 500";

    /** Logged once per application at startup while debug mode is on. */
    public static String debugModeOn() {
        return "Cordial: debug mode is on (dev.cordial.debug=true): every refused CORS request carries its reason in a"
                + " Cordial-Refusal response header; never leave it on in production";
    }

    /**
     * {@code dev.cordial.isolation} holds something other than off, report-only, enforce.
     *
     * @param shown the value, quoted and escaped ({@code Refusals.shown})
     */
    public static String invalidIsolation(String key, String place, String shown) {
        return "Cordial: " + key + " is " + shown + " (" + place + "), which is none of off, report-only,"
                + " enforce; the application must not start with a security setting it cannot read. Fix: set " + key
                + " to one of those three, or remove it (off).";
    }

    /** A configuration place failed to answer for {@code dev.cordial.isolation}. */
    public static String unreadableIsolation(String key, String place, RuntimeException e) {
        return "Cordial: " + key + " could not be read from the " + place + " (" + e + "), so Cordial cannot tell"
                + " whether Fetch Metadata isolation is on and the application must not start. Fix: correct that"
                + " configuration source, or set " + key + " as a system property.";
    }
}
