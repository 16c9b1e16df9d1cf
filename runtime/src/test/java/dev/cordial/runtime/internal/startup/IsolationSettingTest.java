package dev.cordial.runtime.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordial.Isolation;
import dev.cordial.runtime.CorsPolicy;
import dev.cordial.runtime.TestPolicies;
import dev.cordial.runtime.internal.policy.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The application's {@code dev.cordial.isolation}: its three values, unset, and anything else. */
class IsolationSettingTest {

    @AfterEach
    void clear() {
        System.clearProperty(IsolationSetting.PROPERTY);
    }

    @Test
    void unsetIsOff() {
        assertThat(IsolationSetting.read(null)).isEqualTo(Isolation.OFF);
    }

    @Test
    void readsTheThreeValuesInAnyCase() {
        for (String[] row : new String[][] {{"off", "OFF"}, {" Report-Only ", "REPORT_ONLY"}, {"ENFORCE", "ENFORCE"}}) {
            System.setProperty(IsolationSetting.PROPERTY, row[0]);
            assertThat(IsolationSetting.read(null)).as(row[0]).isEqualTo(Isolation.valueOf(row[1]));
        }
    }

    @Test
    void anythingElseStopsStartupNamingThePlaceAndTheValue() {
        System.setProperty(IsolationSetting.PROPERTY, "enforced\n");
        assertThatThrownBy(() -> IsolationSetting.read(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cordial: dev.cordial.isolation is \"enforced\\u000a\" (system property), which is none of"
                        + " off, report-only, enforce; the application must not start with a security setting it"
                        + " cannot read. Fix: set dev.cordial.isolation to one of those three, or remove it (off).");
    }

    @Test
    void aPolicysOwnSettingWinsOverTheApplications() {
        Policy follows = TestPolicies.values(CorsPolicy.builder().origins("https://a.example").methods("GET").build());
        Policy own = TestPolicies.values(CorsPolicy.builder().origins("https://a.example").methods("GET")
                .isolation(Isolation.OFF).build());
        assertThat(follows.withApplicationIsolation(Isolation.ENFORCE).isolation()).isEqualTo(Isolation.ENFORCE);
        assertThat(own.withApplicationIsolation(Isolation.ENFORCE).isolation()).isEqualTo(Isolation.OFF);
        assertThat(follows.withApplicationIsolation(Isolation.ENFORCE).toString()).endsWith(", isolation=ENFORCE}");
    }
}
