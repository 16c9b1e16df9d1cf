package dev.cordial.runtime.internal;

import java.lang.reflect.Method;

/**
 * Why an application that declares a policy Cordial cannot enforce must not start: each message
 * names the resource, the cause and the fix.
 */
public final class StartupErrors {

    private StartupErrors() {}

    /** {@code @AllowCredentials} on {@code owner} covers {@code method}, but no generated filter routes it. */
    public static String notEnforceable(Class<?> owner, Class<?> resource, Method method) {
        String where = "Cordial: @AllowCredentials on " + owner.getName() + " covers " + resource.getName() + "."
                + GeneratedFilters.methodKey(method) + ", but ";
        if (!GeneratedFilters.exists(owner)) {
            return where + "its generated filter " + GeneratedFilters.filterName(owner) + " does not exist: Cordial's"
                    + " annotation processor did not run when " + owner.getName() + " was compiled, so its policy cannot"
                    + " be enforced and the application must not start. Fix: put dev.cordial:cordial-processor in"
                    + " maven-compiler-plugin's <annotationProcessorPaths> (preferred; Gradle: annotationProcessor), or,"
                    + " if it is an ordinary dependency, pass -proc:full to javac (JDK 23 and later run no processor"
                    + " found on the class path without it); then rebuild from clean (mvn clean verify).";
        }
        return where + "its generated filter " + GeneratedFilters.filterName(owner) + " does not know that method:"
                + " the class and its generated filter come from different builds. Fix: rebuild from clean"
                + " (mvn clean verify) with Cordial's annotation processor in <annotationProcessorPaths>.";
    }

    /** The container reported a {@code @Path} interface and Cordial could not find the class it serves. */
    public static String hiddenImplementation(Class<?> reported, Method method) {
        return "Cordial: the container reports the @Path interface " + reported.getName() + " as the resource serving "
                + GeneratedFilters.methodKey(method) + " and Cordial cannot find the class that implements it, so it"
                + " cannot tell which @AllowCredentials applies and the application must not start. Fix: put @Path on"
                + " the implementing class as well, or report the container and its version to Cordial.";
    }

    /** The container configured {@code CordialFeature} but never called its binder. */
    public static String binderNeverRan() {
        return "Cordial: the container configured CordialFeature but never handed its DynamicFeature a resource"
                + " method, so no @AllowCredentials policy is bound; every request is refused with 500 rather than"
                + " served unprotected. The container ignores DynamicFeatures registered by a Feature (Quarkus REST"
                + " does, and runs dev.cordial.runtime.internal.BinderRelay instead: is cordial-runtime's"
                + " META-INF/services/jakarta.ws.rs.ext.Providers on the class path?). An application with no"
                + " resource method at all also ends here: remove cordial-runtime from it.";
    }
}
