package dev.cordial.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordial.core.manifest.ManifestFiles;
import dev.cordial.core.manifest.ManifestRoute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading manifests, samples for path templates, and the look-alike origins. */
class ManifestTest {

    private static final String ORDERS = """
            {
              "formatVersion": 1,
              "resource": "com.example.OrdersResource",
              "filter": "com.example.OrdersResource_CordialFilter",
              "routes": [
                {
                  "template": "/orders/{id: [0-9]+}",
                  "httpMethods": ["GET"],
                  "javaMethod": "get(long)",
                  "origins": ["http://localhost:5173"],
                  "patterns": ["https://*.preview.example.com"],
                  "originsProperty": "",
                  "methods": ["GET", "POST"],
                  "allowHeaders": ["X-Request-Id"],
                  "exposeHeaders": [],
                  "maxAge": -1,
                  "declaredOn": "com.example.OrdersResource"
                }
              ]
            }
            """;

    @Test
    void readsTheProcessorsFormatFromFilesDirectoriesAndJars(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("orders.json"), ORDERS);
        ManifestRoute route = ManifestFiles.read(List.of(file)).get(0);
        assertThat(route).isEqualTo(new ManifestRoute("com.example.OrdersResource", "/orders/{id: [0-9]+}", List.of("GET"),
                "get(long)", List.of("http://localhost:5173"), List.of("https://*.preview.example.com"), "",
                List.of("GET", "POST"), List.of("X-Request-Id"), List.of(), -1, "com.example.OrdersResource"));

        List<ManifestRoute> app = ManifestFiles.read(List.of(JerseyApps.appClassPathRoot()));
        assertThat(app).extracting(r -> r.httpMethods().get(0) + " " + r.template())
                .contains("GET /orders", "DELETE /orders/{id}", "GET /secure/items/{id: [0-9]+}/notes");
    }

    @Test
    void refusesWhatIsNotAManifestRatherThanVerifyingNothing(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ManifestFiles.read(List.of(dir.resolve("missing.jar"))))
                .hasMessageContaining("no such manifest, directory or jar");
        Path broken = Files.writeString(dir.resolve("broken.json"), ORDERS.replace("\"maxAge\": -1,", "\"maxAge\": -1"));
        assertThatThrownBy(() -> ManifestFiles.read(List.of(broken)))
                .hasMessageStartingWith("not a Cordial policy manifest: " + broken + ": invalid JSON at offset");
        Path incomplete = Files.writeString(dir.resolve("incomplete.json"), ORDERS.replace("\"javaMethod\": \"get(long)\",", ""));
        assertThatThrownBy(() -> ManifestFiles.read(List.of(incomplete))).hasMessageEndingWith("missing \"javaMethod\"");
    }

    @Test
    void samplesEachVariableWithAValueItsExpressionAccepts() {
        PathSamples samples = new PathSamples(Map.of("/files/{name: [a-z]+\\.pdf}", "/files/report.pdf"));
        assertThat(samples.pathFor("/")).isEmpty();
        assertThat(samples.pathFor("/orders/{id}")).isEqualTo("orders/1");
        assertThat(samples.pathFor("/items/{id: [0-9]+}/notes")).isEqualTo("items/1/notes");
        assertThat(samples.pathFor("/tags/{tag : [a-z]{2}}")).isNull(); // no candidate fits: the caller gives a path
        assertThat(samples.pathFor("/users/{name: [a-z]+}/{n}")).isEqualTo("users/x/1");
        assertThat(samples.pathFor("/files/{name: [a-z]+\\.pdf}")).isEqualTo("files/report.pdf");
    }

    @Test
    void derivesLookAlikesTheRouteDoesNotItselfAllow() {
        ManifestRoute route = ManifestFiles.read(List.of(JerseyApps.appClassPathRoot())).stream()
                .filter(r -> r.template().equals("/preview")).findFirst().orElseThrow();
        assertThat(LookAlikes.of("https://tenant.preview.example.com", route)).containsExactly(
                Map.entry("unlisted", LookAlikes.UNLISTED), Map.entry("null", "null"),
                Map.entry("suffix", "https://tenant.preview.example.com.evil.example"),
                // "prefix" (https://eviltenant.preview.example.com) is dropped: the pattern allows it.
                Map.entry("scheme", "http://tenant.preview.example.com"),
                Map.entry("port", "https://tenant.preview.example.com:8443"),
                Map.entry("case", "https://TENANT.PREVIEW.EXAMPLE.COM"),
                Map.entry("trailing-slash", "https://tenant.preview.example.com/"));
        ManifestRoute dev = new ManifestRoute("r", "/", List.of("GET"), "get()", List.of("http://localhost:5173", "http://localhost:5174"),
                List.of(), "", List.of("GET"), List.of(), List.of(), -1, "r");
        assertThat(LookAlikes.of("http://localhost:5173", dev)).doesNotContainKey("port")
                .containsEntry("suffix", "http://localhost.evil.example:5173")
                .containsEntry("scheme", "https://localhost:5173");
    }

    @Test
    void aRouteThatToleratesCleartextOriginsGetsAWarnLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wiki.json");
        Files.writeString(file, dev.cordial.core.manifest.ManifestJson.write(new dev.cordial.core.manifest.PolicyManifest(
                "com.example.Wiki", "com.example.Wiki_CordialFilter", List.of(new ManifestRoute("com.example.Wiki",
                        "/wiki", List.of("DELETE"), "delete()", List.of("http://wiki.intranet.example"), List.of(), "",
                        List.of("DELETE"), List.of(), List.of(), -1, "com.example.Wiki", true)))));
        // DELETE without allowUnsafeMethods: skipped, so nothing is sent.
        VerificationReport report = CordialVerifier.forManifests(file).baseUrl(java.net.URI.create("http://127.0.0.1:9/"))
                .verify();
        assertThat(report.lines()).extracting(VerificationReport.Line::toString).first().asString()
                .startsWith("WARN DELETE /wiki cleartext: the policy tolerates http:// origins outside loopback"
                        + " (dangerouslyAllowCleartextOrigins = true)");
        assertThat(report.passed()).isTrue();
    }
}
