package dev.cordial.runtime.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.runtime.internal.routing.RouteTable;
import org.junit.jupiter.api.Test;

/** Cordial refuses to serve until the container has handed its binder the resource methods. */
class ActivationTest {

    @Test
    void inactiveUntilTheBinderRan() {
        Activation activation = new Activation(new RouteTable());
        assertThat(activation.active()).isFalse();
        assertThat(activation.active()).as("stays refused").isFalse();
    }

    @Test
    void activeOnceConfigured() {
        Activation activation = new Activation(new RouteTable());
        activation.configured();
        Object policy = new Object();
        activation.bound(policy);
        activation.bound(policy);
        activation.bound(new Object());
        assertThat(activation.active()).isTrue();
        assertThat(activation.summary()).isEqualTo("Cordial: 3 resource methods bound under 2 policies");
    }

    @Test
    void summaryOfAnApplicationWithoutPolicies() {
        Activation activation = new Activation(new RouteTable());
        activation.configured();
        assertThat(activation.summary()).startsWith("Cordial: 0 resource methods bound under 0 policies");
    }
}
