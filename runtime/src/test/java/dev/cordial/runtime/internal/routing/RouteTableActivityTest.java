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
}
