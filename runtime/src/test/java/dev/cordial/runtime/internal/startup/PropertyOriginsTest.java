package dev.cordial.runtime.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.runtime.CorsPolicy;
import dev.cordial.runtime.TestPolicies;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PropertyOriginsTest {

    private static final String KEY = "cordial.test.origins";
    private final Method method = PropertyOriginsTest.class.getDeclaredMethods()[0];
    private final Policy policy = TestPolicies.values(
            CorsPolicy.builder().origins("https://app.example.com").originsProperty(KEY).methods("GET").build());

    @AfterEach
    void clear() {
        System.clearProperty(KEY);
    }

    @Test
    void environmentNameUpperCasesAndReplacesEverythingElse() {
        assertThat(PropertyOrigins.envName("cors.origins")).isEqualTo("CORS_ORIGINS");
        assertThat(PropertyOrigins.envName("my-app.cors/origins2")).isEqualTo("MY_APP_CORS_ORIGINS2");
    }

    @Test
    void unitesTrimmedOriginsAndReadsEachKeyOnce() {
        System.setProperty(KEY, " https://a.example.com ,https://*.b.example.com");
        Map<String, java.util.List<String>> cache = new HashMap<>();
        Policy resolved = PropertyOrigins.resolve(policy, null, getClass(), method, cache);
        assertThat(resolved.origins()).containsExactly("https://app.example.com", "https://a.example.com",
                "https://*.b.example.com");
        System.setProperty(KEY, "https://changed.example.com");
        assertThat(PropertyOrigins.resolve(policy, null, getClass(), method, cache).origins())
                .doesNotContain("https://changed.example.com");
    }

    @Test
    void blankValueAddsNothing() {
        System.setProperty(KEY, "  ");
        assertThat(PropertyOrigins.resolve(policy, null, getClass(), method, new HashMap<>()).origins())
                .containsExactly("https://app.example.com");
    }

    @Test
    void emptyEntryIsAnError() {
        System.setProperty(KEY, "https://a.example.com,");
        assertThatThrownBy(() -> PropertyOrigins.resolve(policy, null, getClass(), method, new HashMap<>()))
                .hasMessageContaining("system property \"" + KEY + "\" = \"https://a.example.com,\" is invalid")
                .hasMessageContaining("origin \"\" must not be empty");
    }
}
