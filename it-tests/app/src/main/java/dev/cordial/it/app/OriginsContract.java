package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Subdomain patterns and origins from configuration (docs/spec/startup.md "originsProperty", docs/spec/run-time.md "Actual requests"):
 * the intended origins are allowed, the lookalikes refused, on every server.
 */
public abstract class OriginsContract extends ServerCase {

    private void assertAllowedAt(String path, String origin) throws Exception {
        HttpResponse<String> r = send("GET", path, origin);
        assertThat(r.statusCode()).as(origin).isEqualTo(200);
        assertAllowed(r, origin);
    }

    private void assertRefusedAt(String path, String origin) throws Exception {
        HttpResponse<String> r = send("GET", path, origin);
        assertThat(r.statusCode()).as(origin).isEqualTo(403);
        assertNoCors(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://pr-1.preview.example.com", "https://a.b.preview.example.com",
            "https://x.preview.example.com", "http://app.localhost:5173", "http://a.b.localhost:5173",
            // Hosts browsers send (URL Standard, UTS #46): an underscore, a leading hyphen, faß in IDNA2008.
            "https://a_b.preview.example.com", "https://-x.preview.example.com", "https://xn--fa-hia.preview.example.com"})
    @DisplayName("a pattern allows every subdomain, one or more labels deep")
    void patternAllows(String origin) throws Exception {
        assertAllowedAt("preview", origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://preview.example.com", "https://evilpreview.example.com",
            "https://pr-1.preview.example.com.evil.net", "https://pr-1-preview.example.com", "http://pr-1.preview.example.com",
            "https://pr-1.preview.example.com:8443", "https://pr-1.preview.example.com:443", "https://PR-1.preview.example.com",
            "https://pr-1.preview.example.com.", "https://pr-1.preview.example.com/", "https://.preview.example.com",
            "https://a..preview.example.com", "https://a$b.preview.example.com", "https://xn--zz.preview.example.com",
            "https://xn--abc-.preview.example.com", "https://user@x.preview.example.com",
            "https://x.preview.example.com@evil.net", "http://localhost:5173",
            "http://app.localhost:5174", "null"})
    @DisplayName("a pattern refuses the domain itself, lookalikes, other schemes and ports, and anything not an origin")
    void patternRefuses(String origin) throws Exception {
        assertRefusedAt("preview", origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "https://platform.example.com", "https://profile.example.com"})
    @DisplayName("origins from the platform's own configuration file (its profile included) are united with the annotation's")
    @Requires(Capability.PLATFORM_CONFIGURATION)
    void platformConfiguration(String origin) throws Exception {
        assertAllowedAt("platform", origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "https://config.example.com", "https://acme.tenants.example.com"})
    @DisplayName("origins from the JAX-RS configuration property are united with the annotation's")
    @Requires(Capability.APPLICATION_PROPERTIES)
    void configurationProperty(String origin) throws Exception {
        assertAllowedAt("configured", origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shadowed.example.com", "https://tenants.example.com", "https://config.example.com.evil.net"})
    @DisplayName("the configuration property wins over a system property of the same name; lookalikes stay refused")
    @Requires(Capability.APPLICATION_PROPERTIES)
    void configurationPropertyPrecedence(String origin) throws Exception {
        assertRefusedAt("configured", origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "https://sys.example.com"})
    @DisplayName("origins from a Java system property")
    void systemProperty(String origin) throws Exception {
        assertAllowedAt("sysprop", origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "https://env.example.com", "https://other.env.example.com"})
    @DisplayName("origins from an environment variable (cordial.it.env.origins read as CORDIAL_IT_ENV_ORIGINS)")
    void environmentVariable(String origin) throws Exception {
        assertAllowedAt("env", origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://sys.example.com", "https://env.example.com"})
    @DisplayName("configured origins belong only to the policy that names the property")
    void configuredOriginsStayWithTheirPolicy(String origin) throws Exception {
        assertRefusedAt("configured", origin);
        assertRefusedAt("orders", origin);
    }
}
