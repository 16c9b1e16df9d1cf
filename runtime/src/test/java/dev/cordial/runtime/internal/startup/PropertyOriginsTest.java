package dev.cordial.runtime.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordial.runtime.internal.policy.Policy;
import dev.cordial.runtime.CorsPolicy;
import dev.cordial.runtime.TestPolicies;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import jakarta.ws.rs.core.Configuration;
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
        Map<String, PropertyOrigins.Value> cache = new HashMap<>();
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
    void aPolicyWithoutCredentialsTakesCleartextOriginsAndIsNamedAsWritten() {
        Policy open = TestPolicies.values(CorsPolicy.builder().withoutCredentials().originsProperty(KEY)
                .methods("GET").build());
        System.setProperty(KEY, "http://dashboard.intranet.example");
        assertThat(PropertyOrigins.resolve(open, null, getClass(), method, new HashMap<>()).origins())
                .containsExactly("http://dashboard.intranet.example");
        System.setProperty(KEY, "*");
        assertThatThrownBy(() -> PropertyOrigins.resolve(open, null, getClass(), method, new HashMap<>()))
                .hasMessageStartingWith("Cordial: @AllowWithoutCredentials(originsProperty = \"" + KEY + "\") on ")
                .hasMessageContaining("origin \"*\" must not be \"*\"")
                .hasMessageNotContaining("takes @AllowWithoutCredentials");
        System.clearProperty(KEY);
        assertThatThrownBy(() -> PropertyOrigins.resolve(open, null, getClass(), method, new HashMap<>()))
                .hasMessageStartingWith("Cordial: @AllowWithoutCredentials(originsProperty = \"" + KEY + "\") on ")
                .hasMessageContaining("no origin at all");
    }

    @Test
    void cleartextOriginOutsideLoopbackStopsStartupWithoutTheOptOut() {
        System.setProperty(KEY, "https://a.example.com, http://intranet.example.com");
        assertThatThrownBy(() -> PropertyOrigins.resolve(policy, null, getClass(), method, new HashMap<>()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@AllowCredentials(originsProperty = \"" + KEY + "\") on " + getClass().getName())
                .hasMessageContaining("system property \"" + KEY
                        + "\" = \"https://a.example.com, http://intranet.example.com\" is refused")
                .hasMessageContaining("origin \"http://intranet.example.com\" must use https")
                .hasMessageContaining("reads the user's data with their cookies")
                .hasMessageContaining("add dangerouslyAllowCleartextOrigins = true");
        System.setProperty(KEY, "http://*.intranet.example.com");
        assertThatThrownBy(() -> PropertyOrigins.resolve(policy, null, getClass(), method, new HashMap<>()))
                .hasMessageContaining("origin \"http://*.intranet.example.com\" must use https");
    }

    @Test
    void cleartextLoopbackOriginsNeedNoOptOut() {
        System.setProperty(KEY, "http://localhost:5173,http://app.localhost,http://127.0.0.1:8080,http://[::1]:3000,"
                + "http://*.localhost");
        assertThat(PropertyOrigins.resolve(policy, null, getClass(), method, new HashMap<>()).origins())
                .contains("http://localhost:5173", "http://[::1]:3000", "http://*.localhost");
    }

    @Test
    void theOptOutLetsCleartextOriginsInForItsPolicyOnly() {
        Policy optedOut = TestPolicies.values(CorsPolicy.builder().origins("https://app.example.com")
                .originsProperty(KEY).methods("GET").dangerouslyAllowCleartextOrigins(true).build());
        System.setProperty(KEY, "http://intranet.example.com");
        // One key, read once, shared by a policy with the opt-out and one without: each decides for itself.
        Map<String, PropertyOrigins.Value> cache = new HashMap<>();
        assertThat(PropertyOrigins.resolve(optedOut, null, getClass(), method, cache).origins())
                .containsExactly("https://app.example.com", "http://intranet.example.com");
        assertThatThrownBy(() -> PropertyOrigins.resolve(policy, null, getClass(), method, cache))
                .hasMessageContaining("origin \"http://intranet.example.com\" must use https");
    }

    @Test
    void aHandBuiltPolicyObeysTheSameRule() {
        assertThatThrownBy(() -> CorsPolicy.builder().origins("http://intranet.example.com").methods("GET").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("origin \"http://intranet.example.com\" must use https")
                .hasMessageContaining("dangerouslyAllowCleartextOrigins(true)");
        CorsPolicy optedOut = CorsPolicy.builder().origins("http://intranet.example.com").methods("GET")
                .dangerouslyAllowCleartextOrigins(true).build();
        assertThat(optedOut.dangerouslyAllowCleartextOrigins()).isTrue();
        assertThat(optedOut.toString()).endsWith(", dangerouslyAllowCleartextOrigins=true}");
        assertThat(optedOut.withMoreOrigins(java.util.List.of("http://wiki.example.com")).origins())
                .contains("http://wiki.example.com");
        CorsPolicy strict = CorsPolicy.builder().origins("http://localhost:5173").methods("GET").build();
        assertThat(strict.toString()).doesNotContain("dangerously");
        assertThatThrownBy(() -> strict.withMoreOrigins(java.util.List.of("http://wiki.example.com")))
                .hasMessageContaining("must use https");
    }

    @Test
    void emptyEntryIsAnError() {
        System.setProperty(KEY, "https://a.example.com,");
        assertThatThrownBy(() -> PropertyOrigins.resolve(policy, null, getClass(), method, new HashMap<>()))
                .hasMessageContaining("system property \"" + KEY + "\" = \"https://a.example.com,\" is invalid")
                .hasMessageContaining("origin \"\" must not be empty");
    }

    /** A JAX-RS configuration holding only the given properties. */
    private static Configuration configuration(Map<String, Object> properties) {
        return (Configuration) java.lang.reflect.Proxy.newProxyInstance(Configuration.class.getClassLoader(),
                new Class<?>[] {Configuration.class}, (proxy, m, args) -> {
                    if (m.getName().equals("getProperty")) {
                        return properties.get((String) args[0]);
                    }
                    if (m.getName().equals("getProperties")) {
                        return properties;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    /** A platform's configuration (what cordial-spring-boot hands over for the Spring Environment). */
    private static Function<String, Object> platform(Map<String, String> values) {
        return new Function<>() {
            @Override
            public Object apply(String key) {
                return values.get(key);
            }

            @Override
            public String toString() {
                return "Test platform configuration";
            }
        };
    }

    @Test
    void thePlatformsConfigurationComesAfterTheJaxRsPropertyAndBeforeTheSystemProperty() {
        System.setProperty(KEY, "https://system.example.com");
        Configuration config = configuration(Map.of(ConfigPlaces.PLATFORM_LOOKUP,
                platform(Map.of(KEY, "https://platform.example.com"))));
        assertThat(PropertyOrigins.resolve(policy, config, getClass(), method, new HashMap<>()).origins())
                .containsExactly("https://app.example.com", "https://platform.example.com");
        Configuration both = configuration(Map.of(KEY, "https://jaxrs.example.com", ConfigPlaces.PLATFORM_LOOKUP,
                platform(Map.of(KEY, "https://platform.example.com"))));
        assertThat(PropertyOrigins.resolve(policy, both, getClass(), method, new HashMap<>()).origins())
                .containsExactly("https://app.example.com", "https://jaxrs.example.com");
        Map<String, PropertyOrigins.Value> cache = new HashMap<>();
        PropertyOrigins.resolve(policy, config, getClass(), method, cache);
        assertThat(cache.get(KEY).source()).isEqualTo("Test platform configuration");
    }

    @Test
    void aPropertySetNowhereLogsOneWarningNamingEveryPlaceLooked() {
        List<LogRecord> records = new ArrayList<>();
        Logger logger = Logger.getLogger(PropertyOrigins.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            Map<String, PropertyOrigins.Value> cache = new HashMap<>();
            Configuration config = configuration(Map.of(ConfigPlaces.PLATFORM_LOOKUP, platform(Map.of())));
            PropertyOrigins.resolve(policy, config, getClass(), method, cache);
            PropertyOrigins.resolve(policy, config, getClass(), method, cache); // a second method, same key
            assertThat(records).hasSize(1);
            assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
            assertThat(records.get(0).getMessage()).contains("\"" + KEY + "\" is set nowhere")
                    .contains("JAX-RS configuration property, Test platform configuration, system property,"
                            + " environment variable CORDIAL_TEST_ORIGINS")
                    .contains("refused with 403");
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void withNoOriginAtAllTheRefusalNamesEveryPlaceLooked() {
        Policy onlyProperty = TestPolicies.values(CorsPolicy.builder().originsProperty(KEY).methods("GET").build());
        assertThatThrownBy(() -> PropertyOrigins.resolve(onlyProperty, null, getClass(), method, new HashMap<>()))
                .hasMessageContaining("no origin at all: \"" + KEY + "\" is set nowhere (looked in: JAX-RS"
                        + " configuration property, system property, environment variable CORDIAL_TEST_ORIGINS)");
    }

    @Test
    void aPlaceThatCannotAnswerStopsStartupInsteadOfPassingForUnset() {
        Function<String, Object> broken = key -> {
            throw new IllegalArgumentException("cannot convert");
        };
        Configuration config = configuration(Map.of(ConfigPlaces.PLATFORM_LOOKUP, broken));
        assertThatThrownBy(() -> PropertyOrigins.resolve(policy, config, getClass(), method, new HashMap<>()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reading \"" + KEY + "\" from")
                .hasMessageContaining("cannot convert");
    }
}
