package dev.cordial.testing;

import static dev.cordial.testing.VerifierApp.APP;
import static dev.cordial.testing.VerifierApp.ENV_ORIGIN;
import static dev.cordial.testing.VerifierApp.SYS_ORIGIN;
import static dev.cordial.testing.VerifierApp.SYS_PROPERTY;
import static dev.cordial.testing.VerifierApp.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordial.it.app.RunningServer;
import dev.cordial.testing.VerificationReport.Line;
import dev.cordial.testing.VerificationReport.Outcome;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 23: an exact route, a pattern route and property-only routes with different origins, which
 * one fallback origin could never verify together, against a real Jersey server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerRouteOriginsTest {

    private RunningServer server;

    @BeforeAll
    void start() {
        server = VerifierApp.start();
    }

    @AfterAll
    void stop() {
        server.close();
        System.clearProperty(SYS_PROPERTY);
    }

    private CordialVerifier verifier(URI base) {
        return CordialVerifier.forManifests(VerifierApp.manifests()).baseUrl(base);
    }

    /** The allowed origin each route was verified with. */
    private static Map<String, String> allowedOrigins(VerificationReport report) {
        return report.lines().stream().filter(l -> l.check().equals("allowed-origin"))
                .collect(java.util.stream.Collectors.toMap(Line::route,
                        l -> l.evidence().replaceAll(".*\\[Origin: ([^\\]]+)\\].*", "$1")));
    }

    @Test
    void passesWithAnOriginPerRouteAndThePropertiesReadAsTheRuntimeReadsThem() {
        VerificationReport report = verifier(server.baseUri()).origin("/pattern", TENANT).verify();
        report.assertPassed();
        assertThat(report.lines()).noneMatch(l -> l.outcome() != Outcome.PASS);
        assertThat(allowedOrigins(report)).containsExactlyInAnyOrderEntriesOf(Map.of("GET /exact", APP,
                "GET /pattern", TENANT, "GET /sysprop", SYS_ORIGIN, "GET /env", ENV_ORIGIN));
    }

    @Test
    void theFallbackOriginGoesOnlyWhereThePolicyAllowsIt() {
        // The reported case: one --origin for a pattern route and a property-only route. The property
        // is read now, so the fallback serves the pattern route and the property its own route.
        VerificationReport report = verifier(server.baseUri()).origin(TENANT).verify();
        report.assertPassed();
        assertThat(report.lines()).noneMatch(l -> l.outcome() != Outcome.PASS);
        assertThat(allowedOrigins(report)).containsEntry("GET /pattern", TENANT).containsEntry("GET /sysprop", SYS_ORIGIN);
    }

    @Test
    void aPropertyGivenToTheVerifierWinsAndIsCheckedAgainstTheDeployment() {
        VerificationReport report = verifier(server.baseUri()).origin("/pattern", TENANT)
                .property(SYS_PROPERTY, "https://other.example.com").verify();
        assertThat(report.failures()).extracting(Line::route).containsOnly("GET /sysprop");
        assertThat(report.failures()).extracting(Line::check).contains("allowed-origin", "preflight");
    }

    @Test
    void aPatternRouteWithoutAnOriginWarnsNamingTheOption() {
        VerificationReport report = verifier(server.baseUri()).verify();
        assertThat(report.passed()).isTrue();
        assertThat(report.lines()).filteredOn(l -> l.outcome() == Outcome.WARN).extracting(Line::toString)
                .containsExactly("WARN GET /pattern all: the policy lists no exact origin (patterns"
                        + " [https://*.tenants.example.com]); give an origin it allows: --origin /pattern=ORIGIN");
    }

    @Test
    void aPropertySetNowhereWarnsNamingThePlacesLooked() {
        VerificationReport report = verifier(server.baseUri()).origin("/pattern", TENANT)
                .lookups(name -> null, name -> null).verify();
        assertThat(report.lines()).filteredOn(l -> l.outcome() == Outcome.WARN).extracting(Line::toString)
                .contains("WARN GET /env all: the policy lists no exact origin (originsProperty cordial.verifier.env.origins"
                        + " set nowhere the verifier looked (given to the verifier, system property cordial.verifier.env.origins,"
                        + " environment variable CORDIAL_VERIFIER_ENV_ORIGINS)); give an origin it allows: --origin"
                        + " /env=ORIGIN or --property cordial.verifier.env.origins=VALUE");
    }

    @Test
    void refusesAPerRouteOriginItsPolicyDoesNotAllowBeforeSendingAnything() {
        // A closed port: had a request gone out, the answer would be a report, not this exception.
        URI nowhere = URI.create("http://127.0.0.1:9/api/");
        assertThatThrownBy(() -> verifier(nowhere).origin("/pattern", "https://evil.example").verify())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--origin /pattern=https://evil.example: GET /pattern does not allow https://evil.example"
                        + " (patterns [https://*.tenants.example.com])");
        assertThatThrownBy(() -> verifier(nowhere).origin("/sysprop", TENANT).verify())
                .hasMessage("--origin /sysprop=" + TENANT + ": GET /sysprop does not allow " + TENANT
                        + " (originsProperty cordial.verifier.sys.origins = \"" + SYS_ORIGIN + "\" (system property))");
        assertThatThrownBy(() -> verifier(nowhere).origin("/nope", TENANT).verify())
                .hasMessage("--origin /nope=" + TENANT + ": no route /nope in the manifests; their templates:"
                        + " [/env, /exact, /pattern, /sysprop]");
    }

    @Test
    void refusesAPropertyValueTheRuntimeWouldRefuse() {
        URI nowhere = URI.create("http://127.0.0.1:9/api/");
        assertThatThrownBy(() -> verifier(nowhere).property(SYS_PROPERTY, "https://ok.example.com, app.example.com/").verify())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("originsProperty cordial.verifier.sys.origins (given to the verifier) ="
                        + " \"https://ok.example.com, app.example.com/\": \"app.example.com/\" ");
        assertThatThrownBy(() -> verifier(nowhere).property(SYS_PROPERTY, "https://ok.example.com,").verify())
                .hasMessageStartingWith("originsProperty cordial.verifier.sys.origins (given to the verifier) ="
                        + " \"https://ok.example.com,\": \"\" ");
        assertThatThrownBy(() -> verifier(nowhere).property(SYS_PROPERTY, "http://config.example.com").verify())
                .hasMessageContaining("http://config.example.com is http:// outside loopback, which /sysprop does not"
                        + " tolerate (dangerouslyAllowCleartextOrigins = false): the deployment would refuse to start");
    }

    @Test
    void anUnreachableServerGivesOneLine() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI base = URI.create("http://127.0.0.1:" + port + "/api/");
        VerificationReport report = verifier(base).origin(TENANT).verify();
        assertThat(report.reached()).isFalse();
        assertThat(report.lines()).hasSize(1);
        assertThat(report.lines().get(0).toString()).startsWith("FAIL - reachable: cannot reach " + base + ": ConnectException");
        assertThatThrownBy(report::assertPassed).hasMessageContaining("cannot reach " + base);
    }

    /** Broken gateways in front of the good application: each fails the routes it breaks, all four kinds. */
    static Stream<Arguments> brokenGateways() {
        return Stream.of(
                Arguments.of("strips Vary", (StrippingProxy.Rewrite) (m, h) -> h.remove("Vary"), "allowed-origin"),
                Arguments.of("says True", (StrippingProxy.Rewrite) (m, h) -> {
                    if (h.containsKey("Access-Control-Allow-Credentials")) {
                        h.put("Access-Control-Allow-Credentials", List.of("True"));
                    }
                }, "preflight"),
                Arguments.of("answers *", (StrippingProxy.Rewrite) (m, h) -> {
                    if (h.containsKey("Access-Control-Allow-Origin")) {
                        h.put("Access-Control-Allow-Origin", List.of("*"));
                    }
                }, "allowed-origin"),
                Arguments.of("duplicates ACAO", (StrippingProxy.Rewrite) (m, h) -> {
                    if (h.containsKey("Access-Control-Allow-Origin")) {
                        h.add("Access-Control-Allow-Origin", h.getFirst("Access-Control-Allow-Origin"));
                    }
                }, "preflight"),
                Arguments.of("answers preflights itself", (StrippingProxy.Rewrite) (m, h) -> {
                    if (m.equals("OPTIONS")) {
                        h.keySet().removeIf(k -> k.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"));
                    }
                }, "preflight"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGateways")
    void failsOnEveryRouteBehindABrokenGateway(String name, StrippingProxy.Rewrite rewrite, String check) throws Exception {
        try (StrippingProxy gateway = StrippingProxy.rewriting(server.baseUri(), rewrite)) {
            VerificationReport report = verifier(gateway.front(server.baseUri())).origin("/pattern", TENANT).verify();
            assertThat(report.failures()).filteredOn(l -> l.check().equals(check)).extracting(Line::route)
                    .containsExactlyInAnyOrder("GET /exact", "GET /pattern", "GET /sysprop", "GET /env");
        }
    }
}
