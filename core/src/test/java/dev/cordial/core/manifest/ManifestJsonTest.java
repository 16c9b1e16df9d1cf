package dev.cordial.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one writer and reader of manifests and reports: round trips, escaping, versions, strictness. */
class ManifestJsonTest {

    private static ManifestRoute route(String originsProperty, String template) {
        return new ManifestRoute("com.example.Orders", template, List.of("GET"), "list()",
                List.of("https://app.example.com"), List.of("https://*.preview.example.com"), originsProperty,
                List.of("GET", "POST"), List.of("X-Request-Id"), List.of("ETag"), 600, "com.example.Orders");
    }

    @Test
    void aManifestSurvivesARoundTripWhateverItsStringsHold() {
        // A control character in an originsProperty or @Path value: once escaped in one writer and
        // raw in another, then refused by the reader.
        PolicyManifest manifest = new PolicyManifest("com.example.Orders", "com.example.Orders_CordialFilter",
                List.of(route("orders.\u0001origins\n", "/orders/{id: \"[0-9]\\\\d\"}\u2028"), route("", "/")));
        String json = ManifestJson.write(manifest);
        assertThat(json).startsWith("{\n  \"formatVersion\": 3,\n").doesNotContain("\u0001", "\n\"", "\u2028");
        assertThat(ManifestJson.readManifest(json, "test")).isEqualTo(manifest);
        assertThat(ManifestJson.routes(json, "test")).isEqualTo(manifest.routes());
    }

    @Test
    void aReportSurvivesARoundTripAndReadsBackAsRoutes() {
        ManifestRoute get = route("orders.\u0007origins", "/orders");
        ManifestRoute post = new ManifestRoute("com.example.Orders", "/orders", List.of("POST"), "create()", get.origins(),
                get.patterns(), get.originsProperty(), get.methods(), get.allowHeaders(), get.exposeHeaders(), 600,
                "com.example.Orders");
        PolicyReport report = PolicyReport.of(List.of(post, get));
        assertThat(report.rows()).singleElement().satisfies(r -> assertThat(r.routes())
                .containsExactly("GET /orders", "POST /orders"));
        String json = ManifestJson.write(report);
        assertThat(json).startsWith("{\"formatVersion\": 3, \"rows\": [").doesNotContain("\u0007");
        assertThat(ManifestJson.readReport(json, "test")).isEqualTo(report);
        assertThat(ManifestJson.routes(json, "test")).extracting(ManifestRoute::template, ManifestRoute::httpMethods,
                ManifestRoute::originsProperty).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/orders", List.of("GET"), "orders.\u0007origins"),
                        org.assertj.core.groups.Tuple.tuple("/orders", List.of("POST"), "orders.\u0007origins"));
    }

    private static ManifestRoute tolerant(String template) {
        return new ManifestRoute("com.example.Wiki", template, List.of("GET"), "get()",
                List.of("http://wiki.intranet.example", "http://localhost:5173"), List.of("http://*.intranet.example"),
                "wiki.origins", List.of("GET"), List.of(), List.of(), -1, "com.example.Wiki", true);
    }

    @Test
    void aPolicyWithoutCredentialsAndItsIsolationSurviveARoundTripInManifestsAndReports() {
        ManifestRoute any = new ManifestRoute("com.example.Catalogue", "/catalogue", List.of("GET"), "list()",
                List.of("*"), List.of(), "", List.of("GET"), List.of("*", "Authorization"), List.of("*"), -1,
                "com.example.Catalogue", false, false, "OFF");
        ManifestRoute isolated = new ManifestRoute("com.example.Catalogue", "/orders", List.of("GET"), "orders()",
                List.of("https://app.example.com"), List.of(), "", List.of("GET"), List.of(), List.of(), -1,
                "com.example.Catalogue.orders()", false, true, "ENFORCE");
        PolicyManifest manifest = new PolicyManifest("com.example.Catalogue", "com.example.Catalogue_CordialFilter",
                List.of(any, isolated));
        String json = ManifestJson.write(manifest);
        assertThat(json).contains("      \"origins\": [\"*\"],\n")
                .contains("      \"credentials\": false,\n      \"isolation\": \"OFF\",\n")
                .contains("      \"credentials\": true,\n      \"isolation\": \"ENFORCE\",\n");
        assertThat(ManifestJson.readManifest(json, "test")).isEqualTo(manifest);
        assertThat(any.allows("https://anything.example")).isTrue();
        assertThat(any.allows(null)).isFalse();
        assertThat(isolated.allows("https://anything.example")).isFalse();

        PolicyReport report = PolicyReport.of(manifest.routes());
        String reportJson = ManifestJson.write(report);
        assertThat(reportJson).contains("\"credentials\": false, \"isolation\": \"OFF\"}");
        assertThat(ManifestJson.readReport(reportJson, "test")).isEqualTo(report);
        // "*" beside another origin, or on a credentialed route, is damage
        assertThatThrownBy(() -> ManifestJson.readManifest(json.replace("[\"*\"]", "[\"*\", \"https://a.example\"]"),
                "m")).hasMessageEndingWith("\"origins\" lists \"*\" beside other origins");
    }

    @Test
    void theCleartextOptOutSurvivesARoundTripInManifestsAndReports() {
        PolicyManifest manifest = new PolicyManifest("com.example.Wiki", "com.example.Wiki_CordialFilter",
                List.of(tolerant("/wiki"), new ManifestRoute("com.example.Wiki", "/strict", List.of("GET"), "list()",
                        List.of("https://app.example.com"), List.of(), "", List.of("GET"), List.of(), List.of(), 600,
                        "com.example.Orders")));
        String json = ManifestJson.write(manifest);
        assertThat(json).contains("      \"maxAge\": -1,\n      \"dangerouslyAllowCleartextOrigins\": true,\n")
                .contains("      \"maxAge\": 600,\n      \"dangerouslyAllowCleartextOrigins\": false,\n");
        assertThat(ManifestJson.readManifest(json, "test")).isEqualTo(manifest);

        PolicyReport report = PolicyReport.of(manifest.routes());
        assertThat(report.rows()).extracting(PolicyReport.Row::dangerouslyAllowCleartextOrigins)
                .containsExactly(false, true); // com.example.Orders, then com.example.Wiki
        String reportJson = ManifestJson.write(report);
        assertThat(reportJson).contains("\"maxAge\": -1, \"dangerouslyAllowCleartextOrigins\": true,");
        assertThat(ManifestJson.readReport(reportJson, "test")).isEqualTo(report);
        assertThat(ManifestJson.routes(reportJson, "test")).extracting(ManifestRoute::template,
                ManifestRoute::dangerouslyAllowCleartextOrigins).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("/strict", false),
                        org.assertj.core.groups.Tuple.tuple("/wiki", true));
    }

    @Test
    void readsVersionOneWhichHasNoOptOutAsFalse() {
        // Exactly what the version-1 writer wrote: no "dangerouslyAllowCleartextOrigins" member.
        String manifest = """
                {
                  "formatVersion": 1,
                  "resource": "com.example.Orders",
                  "filter": "com.example.Orders_CordialFilter",
                  "routes": [
                    {
                      "template": "/orders",
                      "httpMethods": ["GET"],
                      "javaMethod": "list()",
                      "origins": ["https://app.example.com", "http://legacy.example.com"],
                      "patterns": [],
                      "originsProperty": "",
                      "methods": ["GET"],
                      "allowHeaders": [],
                      "exposeHeaders": [],
                      "maxAge": -1,
                      "declaredOn": "com.example.Orders"
                    }
                  ]
                }
                """;
        assertThat(ManifestJson.readManifest(manifest, "v1.json").routes()).singleElement().satisfies(r -> {
            assertThat(r.origins()).containsExactly("https://app.example.com", "http://legacy.example.com");
            assertThat(r.dangerouslyAllowCleartextOrigins()).isFalse();
        });
        String report = "{\"formatVersion\": 1, \"rows\": [\n  {\"declaredOn\": \"com.example.Orders\", \"routes\":"
                + " [\"GET /orders\"], \"origins\": [\"https://app.example.com\"], \"patterns\": [], \"originsProperty\":"
                + " \"\", \"methods\": [\"GET\"], \"allowHeaders\": [], \"exposeHeaders\": [], \"maxAge\": -1}\n]}\n";
        assertThat(ManifestJson.readReport(report, "v1-report.json").rows()).singleElement()
                .satisfies(r -> assertThat(r.dangerouslyAllowCleartextOrigins()).isFalse());
    }

    @Test
    void versionTwoMustSayWhetherItToleratesCleartext() {
        String json = ManifestJson.write(new PolicyManifest("r", "r_CordialFilter", List.of(route("", "/"))));
        assertThatThrownBy(() -> ManifestJson.readManifest(json.replace("\"dangerouslyAllowCleartextOrigins\": false,", ""), "m"))
                .hasMessageEndingWith("missing \"dangerouslyAllowCleartextOrigins\"");
        assertThatThrownBy(() -> ManifestJson.readManifest(json.replace("\"dangerouslyAllowCleartextOrigins\": false",
                "\"dangerouslyAllowCleartextOrigins\": \"false\""), "m"))
                .hasMessageEndingWith("\"dangerouslyAllowCleartextOrigins\" is not a boolean");
    }

    @Test
    void refusesAVersionItDoesNotKnowRatherThanGuessing() {
        String json = ManifestJson.write(new PolicyManifest("r", "r_CordialFilter", List.of(route("", "/"))));
        assertThatThrownBy(() -> ManifestJson.routes(json.replace("\"formatVersion\": 3", "\"formatVersion\": 4"), "m.json"))
                .hasMessageStartingWith("not a Cordial policy manifest: m.json: \"formatVersion\" 4.0 is not one this"
                        + " Cordial reads (1 to 3): use the Cordial version that wrote it");
        for (String version : List.of("0", "1.5", "\"2\"")) {
            assertThatThrownBy(() -> ManifestJson.routes(json.replace("\"formatVersion\": 3", "\"formatVersion\": "
                    + version), "m.json")).hasMessageContaining("is not one this Cordial reads");
        }
        assertThatThrownBy(() -> ManifestJson.routes(json.replace("\"formatVersion\": 3,", ""), "m.json"))
                .hasMessageContaining("no \"formatVersion\": written by a Cordial older than this reader");
    }

    @Test
    void refusesDamageInsteadOfVerifyingLess() {
        String json = ManifestJson.write(new PolicyManifest("r", "r_CordialFilter", List.of(route("", "/"))));
        assertThatThrownBy(() -> ManifestJson.readManifest(json.replace("\"https://app.example.com\"", "\"*\""), "m"))
                .hasMessageStartingWith("not a Cordial policy manifest: m: \"origins\" lists \"*\" with credentials");
        assertThatThrownBy(() -> ManifestJson.readManifest(json.replace("\"isolation\": \"APPLICATION\"",
                "\"isolation\": \"STRICT\""), "m")).hasMessageContaining("\"isolation\" is \"STRICT\", not one of");
        assertThatThrownBy(() -> ManifestJson.readManifest(json.replace("\"credentials\": true,", ""), "m"))
                .hasMessageEndingWith("missing \"credentials\"");
        assertThatThrownBy(() -> ManifestJson.readManifest(json.replace("\"patterns\": [\"https://*.preview",
                "\"origins2\": [], \"patterns\": [\"https://x"), "m")).hasMessageContaining("\"patterns\" lists the exact origin");
        assertThatThrownBy(() -> ManifestJson.readManifest(json.replace("600", "1.5"), "m"))
                .hasMessageEndingWith("\"maxAge\" is not an integer: 1.5");
        assertThatThrownBy(() -> ManifestJson.readManifest(json.replace("[\"GET\", \"POST\"]", "[\"GET\", 1]"), "m"))
                .hasMessageEndingWith("\"methods\" holds a non-string: 1.0");
        assertThatThrownBy(() -> ManifestJson.readManifest("[]", "m")).hasMessageEndingWith("not a JSON object");
        assertThatThrownBy(() -> ManifestJson.readReport("{\"formatVersion\": 3, \"rows\": [{\"declaredOn\": \"d\","
                + " \"routes\": [\"GET\"]}]}", "r")).hasMessageEndingWith("route \"GET\" is not \"METHOD /template\"");
    }

    @Test
    void theParserIsStrict() {
        assertThatThrownBy(() -> Json.parse("{\"a\": 1, \"a\": 2}")).hasMessageContaining("duplicate member \"a\"");
        assertThatThrownBy(() -> Json.parse("[01]")).hasMessageContaining("bad number 01");
        assertThatThrownBy(() -> Json.parse("[\"a\u0001\"]")).hasMessageContaining("control character in a string");
        assertThat(Json.parse("{\"s\": \"a\\\"\\u00e9\", \"n\": [true, null, -1.5e2]}"))
                .isEqualTo(Map.of("s", "a\"é", "n", Arrays.asList(true, null, -150.0)));
    }

    @Test
    void aRouteAllowsWhatTheRuntimesMatcherAllows() {
        ManifestRoute r = route("", "/");
        assertThat(r.allows("https://app.example.com")).isTrue();
        assertThat(r.allows("https://pr-1.preview.example.com")).isTrue();
        assertThat(r.allows("https://a.b.preview.example.com")).isTrue();
        assertThat(r.allows("https://preview.example.com")).isFalse();
        assertThat(r.allows("https://PR-1.preview.example.com")).isFalse();
        assertThat(r.allows("https://x_y.preview.example.com:443")).isFalse();
        // What the verifier's old regex let in and the runtime refuses: an empty label, an "xn--"
        // label that is no punycode. Browsers send "-a" and "x_y" labels, and so both are allowed.
        assertThat(r.allows("https://a..preview.example.com")).isFalse();
        assertThat(r.allows("https://-a.preview.example.com")).isTrue();
        assertThat(r.allows("https://x_y.preview.example.com")).isTrue();
        assertThat(r.allows("https://xn--zz.preview.example.com")).isFalse();
        assertThat(r.allowsMethod("HEAD")).isTrue();
        assertThat(r.allowsMethod("get")).isFalse();
    }
}
