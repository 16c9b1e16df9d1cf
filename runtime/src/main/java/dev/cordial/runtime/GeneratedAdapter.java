package dev.cordial.runtime;

import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.runtime.internal.policy.Refusals;
import dev.cordial.runtime.internal.startup.GeneratedFilters;
import dev.cordial.runtime.internal.startup.GeneratedRoutes;
import java.util.ArrayList;
import java.util.List;

/**
 * One generated {@code *_CordialFilter} as the binder sees it. Only this package can call the
 * generated class's {@code routeFor} and {@code withPolicy}, so the adapter lives here and the
 * binder below stays free of the API.
 */
final class GeneratedAdapter implements GeneratedRoutes {

    private final CordialFilter generated;

    private GeneratedAdapter(CordialFilter generated) {
        this.generated = generated;
    }

    /** Adapted once per resource class, as {@link GeneratedFilters} loads them once. */
    private static final ClassValue<List<GeneratedRoutes>> ADAPTED = new ClassValue<>() {
        @Override
        protected List<GeneratedRoutes> computeValue(Class<?> resourceClass) {
            List<CordialFilter> filters = GeneratedFilters.forResource(resourceClass, CordialFilter.class);
            List<GeneratedRoutes> adapted = new ArrayList<>(filters.size());
            for (CordialFilter filter : filters) {
                adapted.add(new GeneratedAdapter(filter));
            }
            return List.copyOf(adapted);
        }
    };

    /** The generated filters that may cover methods of {@code resourceClass}, adapted. */
    static List<GeneratedRoutes> forResource(Class<?> resourceClass) {
        return ADAPTED.get(resourceClass);
    }

    @Override
    public Declared route(String methodKey) {
        Route route;
        try {
            route = generated.routeFor(methodKey);
        } catch (AbstractMethodError e) {
            throw new IllegalStateException(Messages.otherVersion(generated.getClass().getName()), e);
        }
        return route == null ? null : new Declared(route.classPath(), route.methodPath(), route.policy().values(),
                route.httpMethods(), route.policy());
    }

    @Override
    public Bound bind(Policy resolved, String route, Refusals refusals) {
        CordialFilter bound = generated.withPolicy(CorsPolicy.of(resolved));
        bound.reportRefusals(route, refusals);
        return new Bound(bound, bound.rules());
    }
}
