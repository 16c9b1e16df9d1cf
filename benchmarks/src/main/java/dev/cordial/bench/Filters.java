package dev.cordial.bench;

import dev.cordial.runtime.CordialFilter;
import dev.cordial.runtime.CorsPolicy;
import dev.cordial.runtime.internal.filter.PreflightFilter;
import dev.cordial.runtime.internal.policy.CorsRules;
import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.runtime.internal.routing.RouteTable;
import dev.cordial.runtime.internal.startup.Activation;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;

/** The three filters under test, configured alike: one allowed origin, the same headers. */
public final class Filters {

    public static final String ALLOWED = "https://app.example.com";

    private Filters() {}

    /** Cordial's generated filter for {@link BenchResource}, bound as the runtime binds it. */
    public static CordialFilter cordial() {
        BenchResource_CordialFilter lookup = new BenchResource_CordialFilter();
        return lookup.withPolicy(lookup.routeFor("get()").policy());
    }

    /** The generated filter of {@link IsolatedBenchResource}: the same policy, isolation enforced. */
    public static CordialFilter isolatedCordial() {
        IsolatedBenchResource_CordialFilter lookup = new IsolatedBenchResource_CordialFilter();
        return lookup.withPolicy(lookup.routeFor("get()").policy());
    }

    /** The route table the runtime builds for {@link IsolatedBenchResource}. */
    public static RouteTable isolatedRoutes() {
        return routesOf(new IsolatedBenchResource_CordialFilter()::routeFor);
    }

    /** The route table of a generated filter's {@code get()} and {@code post(String)}, as the binder fills it. */
    private static RouteTable routesOf(java.util.function.Function<String, dev.cordial.runtime.Route> routeFor) {
        RouteTable routes = new RouteTable();
        for (String key : new String[] {"get()", "post(java.lang.String)"}) {
            var route = routeFor.apply(key);
            CorsRules rules = CorsRules.of(values(route.policy()));
            route.httpMethods().forEach(m -> routes.add(route.classPath(), route.methodPath(), m, rules));
        }
        return routes;
    }

    /** Cordial's pre-matching preflight filter over a route table holding {@link BenchResource}. */
    public static PreflightFilter cordialPreflight() {
        return preflight(routes());
    }

    /** The preflight filter over {@code routes}, active as after the binder ran. */
    public static PreflightFilter preflight(RouteTable routes) {
        Activation activation = new Activation(routes);
        activation.configured(); // as the binder does for the first resource method
        return new PreflightFilter(routes, activation, new dev.cordial.runtime.internal.policy.Refusals());
    }

    /** The route table the runtime builds for {@link BenchResource}, as the binder fills it. */
    public static RouteTable routes() {
        return routesOf(new BenchResource_CordialFilter()::routeFor);
    }

    /** RESTEasy's CorsFilter with the same origin, methods and headers. */
    public static CorsFilter resteasy() {
        CorsFilter filter = new CorsFilter();
        filter.getAllowedOrigins().add(ALLOWED);
        filter.setAllowCredentials(true);
        filter.setAllowedMethods("GET, POST");
        filter.setAllowedHeaders("Content-Type, X-Request-Id");
        filter.setExposedHeaders("X-Total");
        filter.setCorsMaxAge(600);
        return filter;
    }

    public static FloorFilter floor() {
        return new FloorFilter(ALLOWED);
    }

    /** The floor for requests without {@code Origin}: writes {@code Vary: Origin} on every response, nothing else. */
    public static FloorFilter varyFloor() {
        return new FloorFilter(null);
    }

    /** Rules for {@code exact} exact origins and {@code patterns} patterns, for the scaling benchmark. */
    public static CorsRules rules(int exact, int patterns) {
        String[] origins = new String[exact + patterns];
        for (int i = 0; i < exact; i++) {
            origins[i] = "https://app" + i + ".example.com";
        }
        for (int i = 0; i < patterns; i++) {
            origins[exact + i] = "https://*.tenant" + i + ".example.com";
        }
        return CorsRules.of(values(CorsPolicy.builder().origins(origins).methods("GET").build()));
    }

    /** What the runtime applies of {@code policy}. */
    private static Policy values(CorsPolicy policy) {
        return new Policy(policy.origins(), policy.originsProperty(), policy.methods(), policy.allowHeaders(),
                policy.exposeHeaders(), policy.maxAge(), policy.dangerouslyAllowCleartextOrigins(), policy.credentials(),
                policy.isolation());
    }
}
