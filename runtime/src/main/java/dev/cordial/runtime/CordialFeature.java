package dev.cordial.runtime;

import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.policy.Refusals;
import dev.cordial.runtime.internal.filter.FallbackResponseFilter;
import dev.cordial.runtime.internal.filter.PreflightFilter;
import dev.cordial.runtime.internal.filter.UnhandledExceptionMapper;
import dev.cordial.runtime.internal.routing.RouteTable;
import dev.cordial.runtime.internal.startup.Activation;
import dev.cordial.runtime.internal.startup.Binder;
import dev.cordial.runtime.internal.startup.ConfigPlaces;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Cordial for one application. Jersey and RESTEasy register it on their own once
 * {@code cordial-runtime} is on the classpath; registering it yourself as well
 * ({@code register(CordialFeature.class)}) is harmless: every header is written with replace
 * semantics, so each appears once.
 *
 * <p>It only wires: three things sharing one route table, a binder
 * ({@code internal.startup.Binder}) that binds the generated {@code *_CordialFilter} of each
 * annotated resource to exactly the methods its policy covers (and records every resource
 * method's route), a pre-matching filter that answers preflights before any other filter, and a
 * response filter for responses produced before matching. All look-ups happen once per resource
 * method at startup.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public final class CordialFeature implements Feature {

    /**
     * Before authentication, so a refused origin never reaches it; response filters of lower
     * priority run last, so Cordial's headers survive other filters' changes.
     */
    public static final int PRIORITY = Priorities.AUTHENTICATION - 100;

    /**
     * Set to {@code true} (JAX-RS configuration property or system property) to log every covered
     * route with its resolved policy on the first request. Off by default.
     */
    public static final String DUMP_ROUTES = "cordial.routes.dump";

    /**
     * JAX-RS configuration property through which a platform hands Cordial its own configuration:
     * a {@code java.util.function.Function<String, ?>} answering a key with its value, or
     * {@code null} when unset, whose {@code toString()} names the place in messages. It is asked for
     * {@code originsProperty} after the JAX-RS property of that name and before MicroProfile Config,
     * the system property and the environment variable. cordial-spring-boot sets it to the Spring
     * {@code Environment}.
     */
    public static final String CONFIG_LOOKUP = ConfigPlaces.PLATFORM_LOOKUP;

    /** Loaded by name so that no Jersey class is linked outside it. */
    private static final String JERSEY_ROUTES = "dev.cordial.runtime.internal.container.JerseyRoutes";
    private static final String JERSEY_MAPPER = "dev.cordial.runtime.internal.container.JerseyExceptionMapper";
    private static final String JERSEY_STARTUP = "dev.cordial.runtime.internal.container.JerseyStartup";
    private static final String CXF_MAPPER = "dev.cordial.runtime.internal.container.CxfExceptionMapper";

    @Override
    public boolean configure(FeatureContext context) {
        RouteTable routes = new RouteTable();
        Activation activation = new Activation(routes);
        if (Boolean.parseBoolean(String.valueOf(context.getConfiguration().getProperty(DUMP_ROUTES)))
                || Boolean.getBoolean(DUMP_ROUTES)) {
            activation.dumpOnFirstRequest();
        }
        Refusals refusals = new Refusals();
        refusals.readDebugMode(context.getConfiguration());
        Binder binder = new Binder(routes, activation, GeneratedAdapter::forResource, PRIORITY, refusals);
        context.register(binder);
        // Quarkus REST keeps only filters, interceptors and mappers registered here and drops the
        // binder; it calls BinderRelay, a provider it discovers itself, which finds the binder here.
        context.property(Binder.PROPERTY, binder);
        registerJerseyRoutes(context, routes);
        registerJerseyStartup(context, activation);
        context.register(new PreflightFilter(routes, activation, refusals), PreflightFilter.PRIORITY);
        context.register(new FallbackResponseFilter(routes), PRIORITY);
        // One per application, sharing its route table: it answers only on covered routes.
        // Registered once, by the first CordialFeature of an application that registers it twice.
        UnhandledExceptionMapper mapper = exceptionMapper(context, routes);
        if (!context.getConfiguration().isRegistered(mapper.getClass())) {
            context.register(mapper, UnhandledExceptionMapper.PRIORITY);
        }
        return true;
    }

    /**
     * On Jersey, one that declines uncovered routes in {@code isMappable}, so that Jersey goes on as
     * without it; on CXF, one that answers them {@code null}, which CXF reads as "no mapper";
     * elsewhere the portable one, which throws their exceptions again.
     */
    private static UnhandledExceptionMapper exceptionMapper(FeatureContext context, RouteTable routes) {
        String mapper = onJersey(context) ? JERSEY_MAPPER
                : context.getConfiguration().getClass().getName().startsWith("org.apache.cxf.") ? CXF_MAPPER : null;
        return mapper == null ? new UnhandledExceptionMapper(routes)
                : (UnhandledExceptionMapper) glue(mapper, RouteTable.class, routes);
    }

    private static boolean onJersey(FeatureContext context) {
        return context.getConfiguration().getClass().getName().startsWith("org.glassfish.jersey.");
    }

    /** On Jersey, the startup line when Jersey has initialised the application, not at the first request. */
    private static void registerJerseyStartup(FeatureContext context, Activation activation) {
        if (onJersey(context)) {
            context.register(glue(JERSEY_STARTUP, Activation.class, activation));
        }
    }

    /** On Jersey, a model processor that records programmatic resources, which no reflection finds. */
    private static void registerJerseyRoutes(FeatureContext context, RouteTable routes) {
        if (onJersey(context)) {
            context.register(glue(JERSEY_ROUTES, RouteTable.class, routes));
        }
    }

    /**
     * A class of the container glue, loaded by name so that no container class is linked where the
     * container is absent, made with its one argument; a glue class that cannot load stops startup.
     */
    private static Object glue(String className, Class<?> parameter, Object argument) {
        try {
            return Class.forName(className, true, CordialFeature.class.getClassLoader()).getConstructor(parameter)
                    .newInstance(argument);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(Messages.containerGlueMissing(className), e);
        }
    }
}
