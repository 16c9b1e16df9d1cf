package dev.cordial.runtime.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The route table refuses to serve until the container has handed Cordial its resource methods. */
class RouteTableActivityTest {

    @Test
    void inactiveUntilTheBinderRan() {
        RouteTable routes = new RouteTable();
        assertThat(routes.active()).isFalse();
        assertThat(routes.active()).as("stays refused").isFalse();
    }

    @Test
    void activeOnceConfigured() {
        RouteTable routes = new RouteTable();
        routes.configured();
        Object policy = new Object();
        routes.bound(policy);
        routes.bound(policy);
        routes.bound(new Object());
        assertThat(routes.active()).isTrue();
        assertThat(routes.summary()).isEqualTo("Cordial: 3 resource methods bound under 2 policies");
    }

    @Test
    void summaryOfAnApplicationWithoutPolicies() {
        RouteTable routes = new RouteTable();
        routes.configured();
        assertThat(routes.summary()).startsWith("Cordial: 0 resource methods bound under 0 policies");
    }

    @Test
    void dumpListsCoveredRoutesWithTheirResolvedPolicy() {
        RouteTable routes = new RouteTable();
        dev.cordial.runtime.CorsPolicy policy = dev.cordial.runtime.CorsPolicy.builder()
                .origins("https://app.example.com").methods("GET", "DELETE").build()
                .withMoreOrigins(java.util.List.of("https://staging.example.com"));
        dev.cordial.runtime.internal.CorsRules rules = dev.cordial.runtime.internal.CorsRules.of(policy);
        routes.add("orders", "{id}", "DELETE", rules);
        routes.add("orders", "", "GET", rules);
        routes.add("public", "", "GET", null);
        assertThat(routes.dump()).isEqualTo("Cordial routes:\n"
                + "  DELETE /orders/{} -> " + policy + "\n"
                + "  GET /orders -> " + policy);
        assertThat(policy.toString()).contains("https://staging.example.com");
    }
}
