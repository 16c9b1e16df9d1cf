package dev.cordial.runtime.internal.startup;

import dev.cordial.Isolation;
import dev.cordial.core.path.PathTemplate;
import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.policy.CorsRules;
import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.runtime.internal.policy.Refusals;
import dev.cordial.runtime.internal.routing.ReflectedRoutes;
import dev.cordial.runtime.internal.routing.RouteTable;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Binds generated filters per resource method and fills the route table: once per resource method
 * at startup, it finds the generated filters of the resource's lineage, asks them for the method's
 * route, resolves {@code originsProperty}, and registers a filter bound to exactly that method.
 * A method {@code @AllowCredentials} covers with no generated route stops startup.
 *
 * <p>A container may configure a method more than once (Quarkus REST makes two passes, and keeps
 * the second's filters): each call registers the filter in its own context, the route is recorded
 * once.
 */
@ConstrainedTo(RuntimeType.SERVER)
public final class Binder implements DynamicFeature {

    /**
     * The configuration property holding the application's binder, for containers that drop a
     * {@code DynamicFeature} registered by a {@code Feature} (see {@code BinderRelay}).
     */
    public static final String PROPERTY = "dev.cordial.binder";

    private final RouteTable routes;
    private final Activation activation;
    private final Function<Class<?>, List<GeneratedRoutes>> generated;
    private final int priority;
    private final Refusals refusals;
    private final Map<String, PropertyOrigins.Value> propertyOrigins = new HashMap<>();
    private final Set<List<Object>> recorded = ConcurrentHashMap.newKeySet();
    /** The application's {@code dev.cordial.isolation}, read at the first covered method. */
    private volatile Isolation applicationIsolation;

    /**
     * @param generated the generated filters that may cover methods of a resource class, its own
     *     first, then those of its superclasses and {@code @Path} interfaces
     * @param priority the priority bound filters are registered with
     */
    public Binder(RouteTable routes, Activation activation, Function<Class<?>, List<GeneratedRoutes>> generated,
            int priority, Refusals refusals) {
        this.refusals = refusals;
        this.routes = routes;
        this.activation = activation;
        this.generated = generated;
        this.priority = priority;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        activation.configured();
        refusals.readDebugMode(context.getConfiguration());
        Class<?> reported = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        if (reported == null || method == null) {
            return;
        }
        boolean first = recorded.add(List.of(reported, method)); // one method may serve several subclasses
        Class<?> resourceClass = ResourceMethods.implementation(resourceInfo);
        if (resourceClass == null) {
            throw new IllegalStateException(Messages.hiddenImplementation(reported.getName(),
                    GeneratedFilters.methodKey(method)));
        }
        Method handling = ResourceMethods.handling(resourceClass, method);
        Set<String> keys = ResourceMethods.keys(resourceClass, handling, method);
        // The paths the container serves the method at, which for an unannotated subclass with a
        // @Path of its own are not the ones the processor saw on the annotated class.
        ReflectedRoutes.Found served = first ? ReflectedRoutes.of(resourceClass, method) : null;
        for (GeneratedRoutes filter : generated.apply(resourceClass)) {
            GeneratedRoutes.Declared route = routeFor(filter, keys);
            if (route != null) {
                Policy resolved = PropertyOrigins.resolve(route.policy(), context.getConfiguration(), resourceClass,
                        handling, propertyOrigins).withApplicationIsolation(applicationIsolation(context));
                String declaredBy = resourceClass.getName() + "." + GeneratedFilters.methodKey(handling);
                String where = served != null ? PathTemplate.asWritten(served.classPath(), served.methodPath())
                        : PathTemplate.asWritten(route.classPath(), route.methodPath());
                GeneratedRoutes.Bound bound = filter.bind(resolved, where + " (" + declaredBy + ")", refusals);
                context.register(bound.filter(), priority);
                if (first) {
                    record(served != null ? served
                            : new ReflectedRoutes.Found(route.classPath(), route.methodPath(), route.httpMethods()),
                            bound.rules(), declaredBy);
                    activation.bound(route.policyIdentity());
                }
                return;
            }
        }
        Class<?> owner = ResourceMethods.annotatedOwner(resourceClass, keys);
        if (owner != null) {
            throw new IllegalStateException(Messages.notEnforceable(ResourceMethods.annotationName(owner),
                    owner.getName(), resourceClass.getName(),
                    GeneratedFilters.methodKey(handling), GeneratedFilters.filterName(owner),
                    GeneratedFilters.exists(owner)));
        }
        if (served != null) {
            record(served, null, null);
        }
    }

    private Isolation applicationIsolation(FeatureContext context) {
        Isolation mode = applicationIsolation;
        if (mode == null) {
            mode = IsolationSetting.read(context.getConfiguration());
            applicationIsolation = mode;
        }
        return mode;
    }

    private void record(ReflectedRoutes.Found served, CorsRules rules, String declaredBy) {
        for (String httpMethod : served.httpMethods()) {
            routes.add(served.classPath(), served.methodPath(), httpMethod, rules, declaredBy);
        }
    }

    private static GeneratedRoutes.Declared routeFor(GeneratedRoutes filter, Set<String> keys) {
        for (String key : keys) {
            GeneratedRoutes.Declared route = filter.route(key);
            if (route != null) {
                return route;
            }
        }
        return null;
    }
}
