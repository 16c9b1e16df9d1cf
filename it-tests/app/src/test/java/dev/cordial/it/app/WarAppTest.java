package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** WarApp copies TestApp's and HostileApp's lists (those two cannot be in the WAR): they must not drift. */
class WarAppTest {

    @Test
    @DisplayName("WarApp serves TestApp's and HostileApp's classes and properties")
    void warAppIsTheSharedApplication() {
        assertThat(WarApp.TEST_APP).isEqualTo(new TestApp().getClasses());
        assertThat(WarApp.HOSTILE_APP).isEqualTo(new HostileApp().getClasses());
        Map<String, Object> properties = new HashMap<>(new TestApp().getProperties());
        properties.putAll(new HostileApp().getProperties());
        assertThat(WarApp.PROPERTIES).isEqualTo(properties);
        WarApp app = new WarApp() {};
        assertThat(app.getClasses()).containsAll(WarApp.TEST_APP).containsAll(WarApp.HOSTILE_APP)
                .contains(InvocationsResource.class, BrokenConfigApps.UnsetPropertyResource.class)
                .hasSize(WarApp.TEST_APP.size() + WarApp.HOSTILE_APP.size() + 2);
        assertThat(app.getProperties()).isEqualTo(properties);
        assertThat(Set.copyOf(app.getClasses())).doesNotContain(TestApp.class, HostileApp.class);
    }
}
