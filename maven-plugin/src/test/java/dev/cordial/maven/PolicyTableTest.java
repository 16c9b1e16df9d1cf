package dev.cordial.maven;

import dev.cordial.core.manifest.ManifestRoute;
import dev.cordial.core.manifest.ManifestFiles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report: one row per declaration, sorted, so that one added origin is one changed line. */
class PolicyTableTest {

    private static ManifestRoute route(String template, String method, List<String> origins, List<String> patterns,
            String declaredOn) {
        return new ManifestRoute("com.example.X", template, List.of(method), "m()", origins, patterns, "", List.of(method),
                List.of(), List.of("X-Total"), -1, declaredOn);
    }

    private static List<ManifestRoute> shop(List<String> adminOrigins) {
        return List.of(
                route("/orders", "GET", List.of("https://app.example.com"), List.of(), "com.example.Orders"),
                route("/orders/{id}", "DELETE", adminOrigins, List.of(), "com.example.Orders.remove()"),
                route("/notes", "GET", List.of("http://localhost:5173"), List.of("https://*.preview.example.com"),
                        "com.example.Notes"));
    }

    @Test
    void oneRowPerDeclarationSorted() {
        PolicyTable report = PolicyTable.of(shop(List.of("https://admin.example.com")));
        assertThat(report.markdown()).isEqualTo("""
                | declared on | routes | who may read with credentials | request headers | exposed headers | max-age |
                | --- | --- | --- | --- | --- | --- |
                | `com.example.Notes` | GET /notes | http://localhost:5173, https://*.preview.example.com | - | X-Total | - |
                | `com.example.Orders` | GET /orders | https://app.example.com | - | X-Total | - |
                | `com.example.Orders.remove()` | DELETE /orders/{id} | https://admin.example.com | - | X-Total | - |
                """);
        assertThat(report.json()).contains("{\"declaredOn\": \"com.example.Notes\", \"routes\": [\"GET /notes\"],");
    }

    @Test
    void addingAnOriginChangesExactlyOneLine() {
        List<String> before = PolicyTable.of(shop(List.of("https://admin.example.com"))).markdown().lines().toList();
        List<String> after = PolicyTable.of(shop(List.of("https://admin.example.com", "https://ops.example.com")))
                .markdown().lines().toList();
        assertThat(after).hasSameSizeAs(before);
        List<String> changed = after.stream().filter(line -> !before.contains(line)).toList();
        assertThat(changed).containsExactly("| `com.example.Orders.remove()` | DELETE /orders/{id} |"
                + " https://admin.example.com, https://ops.example.com | - | X-Total | - |");
    }

    @Test
    void aDeclarationWithoutCredentialsIsMarkedAndItsCleartextOriginsAreNotFlagged() {
        List<ManifestRoute> routes = List.of(
                new ManifestRoute("com.example.C", "/catalogue", List.of("GET"), "list()", List.of("*"), List.of(), "",
                        List.of("GET"), List.of("Authorization"), List.of(), -1, "com.example.Catalogue", false, false,
                        "OFF"),
                new ManifestRoute("com.example.S", "/status", List.of("GET"), "get()",
                        List.of("http://dashboard.intranet.example"), List.of(), "", List.of("GET"), List.of(), List.of(),
                        -1, "com.example.Status", false, false, "APPLICATION"),
                new ManifestRoute("com.example.A", "/account", List.of("GET"), "get()", List.of("https://app.example.com"),
                        List.of(), "", List.of("GET"), List.of(), List.of(), -1, "com.example.Account", false, true,
                        "ENFORCE"));
        PolicyTable report = PolicyTable.of(routes);
        assertThat(report.markdown()).contains(
                "| `com.example.Catalogue` | GET /catalogue | **without credentials**:, any origin (`*`), isolation `OFF`"
                        + " | Authorization | - | - |",
                "| `com.example.Status` | GET /status | **without credentials**:, http://dashboard.intranet.example | - |",
                "| `com.example.Account` | GET /account | https://app.example.com, isolation `ENFORCE` | - |");
        assertThat(report.cleartext()).isEmpty();
    }

    @Test
    void flagsPatternsAndCleartext() {
        PolicyTable report = PolicyTable.of(shop(List.of("http://admin.example.com")));
        assertThat(report.patterns()).containsExactly("https://*.preview.example.com (com.example.Notes)");
        assertThat(report.cleartext()).containsExactly("http://admin.example.com (com.example.Orders.remove())");
    }

    @Test
    void aDeclarationThatToleratesCleartextSaysSoInItsRowAndInTheCleartextList() {
        List<ManifestRoute> routes = new java.util.ArrayList<>(shop(List.of("https://admin.example.com")));
        routes.add(new ManifestRoute("com.example.Wiki", "/wiki", List.of("GET"), "get()",
                List.of("http://wiki.intranet.example"), List.of(), "wiki.origins", List.of("GET"), List.of(), List.of(),
                -1, "com.example.Wiki", true));
        PolicyTable report = PolicyTable.of(routes);
        assertThat(report.markdown().lines().toList()).contains("| `com.example.Wiki` | GET /wiki |"
                + " http://wiki.intranet.example, + property `wiki.origins`, **tolerates cleartext http:// origins**"
                + " (`dangerouslyAllowCleartextOrigins`) | - | - | - |");
        assertThat(report.markdown()).containsOnlyOnce("dangerouslyAllowCleartextOrigins");
        assertThat(report.cleartext()).containsExactly("http://wiki.intranet.example (com.example.Wiki)",
                "http:// origins from property wiki.origins (com.example.Wiki)");
        assertThat(report.json()).contains("\"declaredOn\": \"com.example.Wiki\"")
                .contains("\"maxAge\": -1, \"dangerouslyAllowCleartextOrigins\": true, \"credentials\": true,");
    }

    @Test
    void theReportFileIsAManifestTheVerifierReads(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        List<ManifestRoute> routes = shop(List.of("https://admin.example.com"));
        java.nio.file.Path file = dir.resolve("cordial-report.json");
        java.nio.file.Files.writeString(file, PolicyTable.of(routes).json());
        List<ManifestRoute> read = ManifestFiles.read(List.of(file));
        assertThat(read).hasSize(3);
        for (ManifestRoute expected : routes) {
            assertThat(read).anySatisfy(r -> {
                assertThat(r.template()).isEqualTo(expected.template());
                assertThat(r.httpMethods()).isEqualTo(expected.httpMethods());
                assertThat(r.origins()).isEqualTo(expected.origins());
                assertThat(r.patterns()).isEqualTo(expected.patterns());
                assertThat(r.methods()).isEqualTo(expected.methods());
                assertThat(r.exposeHeaders()).isEqualTo(expected.exposeHeaders());
                assertThat(r.maxAge()).isEqualTo(expected.maxAge());
                assertThat(r.declaredOn()).isEqualTo(expected.declaredOn());
                assertThat(r.dangerouslyAllowCleartextOrigins()).isEqualTo(expected.dangerouslyAllowCleartextOrigins());
            });
        }
    }
}
