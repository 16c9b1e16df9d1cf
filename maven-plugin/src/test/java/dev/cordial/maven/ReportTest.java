package dev.cordial.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report: one row per declaration, sorted, so that one added origin is one changed line. */
class ReportTest {

    private static String manifest(String resource, String route, String route2) {
        return "{\n  \"resource\": \"" + resource + "\",\n  \"filter\": \"x\",\n  \"routes\": [" + route
                + (route2 == null ? "" : "," + route2) + "\n  ]\n}\n";
    }

    private static String route(String template, String method, String origins, String patterns, String declaredOn) {
        return """
                    {
                      "template": "%s",
                      "httpMethods": ["%s"],
                      "javaMethod": "m()",
                      "origins": [%s],
                      "patterns": [%s],
                      "originsProperty": "",
                      "methods": ["%s"],
                      "allowHeaders": [],
                      "exposeHeaders": ["X-Total"],
                      "maxAge": -1,
                      "declaredOn": "%s"
                    }""".formatted(template, method, origins, patterns, method, declaredOn);
    }

    private static List<String> shop(String adminOrigins) {
        return List.of(
                manifest("com.example.Orders",
                        route("/orders", "GET", "\"https://app.example.com\"", "", "com.example.Orders"),
                        route("/orders/{id}", "DELETE", adminOrigins, "", "com.example.Orders.remove()")),
                manifest("com.example.Notes",
                        route("/notes", "GET", "\"http://localhost:5173\"", "\"https://*.preview.example.com\"",
                                "com.example.Notes"), null));
    }

    @Test
    void oneRowPerDeclarationSorted() {
        Report report = Report.of(shop("\"https://admin.example.com\""));
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
        List<String> before = Report.of(shop("\"https://admin.example.com\"")).markdown().lines().toList();
        List<String> after = Report.of(shop("\"https://admin.example.com\", \"https://ops.example.com\""))
                .markdown().lines().toList();
        assertThat(after).hasSameSizeAs(before);
        List<String> changed = after.stream().filter(line -> !before.contains(line)).toList();
        assertThat(changed).containsExactly("| `com.example.Orders.remove()` | DELETE /orders/{id} |"
                + " https://admin.example.com, https://ops.example.com | - | X-Total | - |");
    }

    @Test
    void flagsPatternsAndCleartext() {
        Report report = Report.of(shop("\"http://admin.example.com\""));
        assertThat(report.patterns()).containsExactly("https://*.preview.example.com (com.example.Notes)");
        assertThat(report.cleartext()).containsExactly("http://admin.example.com (com.example.Orders.remove())");
    }
}
