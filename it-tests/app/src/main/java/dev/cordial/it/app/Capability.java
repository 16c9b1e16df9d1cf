package dev.cordial.it.app;

/**
 * What a stack of the Works-with table may lack. A suite ({@link CordialTck}) names the ones its
 * stack lacks with {@link Lacks}; a case that needs one says so with {@link Requires} and is
 * reported as skipped on stacks without it, or, where the stack's own answer is the thing to pin,
 * asserts that answer instead ({@link ServerCase#has}).
 */
public enum Capability {

    /**
     * The stack starts, in the test's JVM, whatever {@link jakarta.ws.rs.core.Application} a case
     * hands it (and reports a failed start as an exception). A packaged application, built once and
     * run as its own process (Quarkus), serves only the application it was built with.
     */
    STARTS_GIVEN_APPLICATION,

    /**
     * The container initialises the application while the server starts, so an application Cordial
     * refuses fails the start itself. Spring Boot's Jersey servlet is initialised at the first
     * request by default ({@code spring.jersey.servlet.load-on-startup=-1}); cordial-spring-boot
     * makes it 1, so the Spring Boot row has this capability.
     */
    EAGER_INITIALISATION,

    /**
     * The container hands {@link jakarta.ws.rs.core.Application#getProperties()} to the configuration
     * Cordial reads {@code originsProperty} from. Quarkus REST does not: there only the system property
     * and the environment variable of the same name configure origins.
     */
    APPLICATION_PROPERTIES,

    /**
     * The platform has a configuration of its own that Cordial reads {@code originsProperty} from:
     * Quarkus {@code application.properties} (MicroProfile Config), {@code microprofile-config.properties}
     * on a Jakarta EE server, Spring Boot's {@code application.yml} through cordial-spring-boot. The
     * row's configuration sets {@code cordial.it.platform.origins} (see
     * {@link ConfiguredResource.FromPlatform}).
     */
    PLATFORM_CONFIGURATION,

    /**
     * The platform registers no {@code ExceptionMapper<Throwable>} of its own, so the application's
     * mapper and Cordial's are the only candidates. Dropwizard registers its {@code LoggingExceptionMapper}
     * for every {@code Throwable}: it answers (and logs) exceptions there, whatever the application
     * or Cordial registers, which is Dropwizard's choice to make.
     */
    NO_PLATFORM_EXCEPTION_MAPPER,

    /**
     * The container says when the application has started, through a provider Cordial can
     * register (Jersey's {@code ApplicationEventListener}), so the startup line comes at startup;
     * elsewhere it comes with the first request.
     */
    STARTUP_EVENT,

    /**
     * The container hands a path segment holding an encoded slash ({@code %2F}) to the application.
     * Grizzly answers 500 itself; the case then pins that answer.
     */
    ENCODED_SLASHES,

    /**
     * The container reads a request body whose declared type is a type variable. RESTEasy looks for
     * a reader of the erased type ({@code Object}) and answers 415 itself; the case then pins that.
     */
    GENERIC_BODIES;

    /** Why a case needing this capability is skipped on {@code stack}. */
    String skipReason(String stack) {
        return "skipped: " + stack + " lacks capability " + name();
    }
}
