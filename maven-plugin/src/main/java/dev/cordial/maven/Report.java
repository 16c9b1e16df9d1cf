package dev.cordial.maven;

import dev.cordial.testing.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The policies of a module, one row per {@code @AllowCredentials} declaration: the routes it
 * covers, who may read them with credentials, the headers, the max-age. Sorted by declaration, so
 * that adding an origin to one annotation changes exactly one line of the Markdown, and a diff in a
 * pull request shows which origin gained access to what.
 */
final class Report {

    /** One declaration and the routes it covers. */
    record Row(String declaredOn, List<String> routes, List<String> origins, List<String> patterns,
            String originsProperty, List<String> methods, List<String> allowHeaders, List<String> exposeHeaders,
            int maxAge) {}

    private final List<Row> rows;

    private Report(List<Row> rows) {
        this.rows = rows;
    }

    List<Row> rows() {
        return rows;
    }

    /** Builds the report from the routes of a module's manifests, in any order. */
    static Report of(List<Route> manifestRoutes) {
        Map<String, Row> byDeclaration = new TreeMap<>();
        for (Route r : manifestRoutes) {
            Row row = byDeclaration.computeIfAbsent(r.declaredOn(), d -> new Row(d, new ArrayList<>(), r.origins(),
                    r.patterns(), r.originsProperty(), r.methods(), r.allowHeaders(), r.exposeHeaders(), r.maxAge()));
            for (String method : r.httpMethods()) {
                String route = method + " " + r.template();
                if (!row.routes().contains(route)) {
                    row.routes().add(route);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Row row : byDeclaration.values()) {
            List<String> routes = new ArrayList<>(row.routes());
            routes.sort(Comparator.comparing((String s) -> s.substring(s.indexOf(' ') + 1)).thenComparing(s -> s));
            rows.add(new Row(row.declaredOn(), List.copyOf(routes), row.origins(), row.patterns(),
                    row.originsProperty(), row.methods(), row.allowHeaders(), row.exposeHeaders(), row.maxAge()));
        }
        return new Report(List.copyOf(rows));
    }

    /** Patterns ({@code https://*.example.com}) in any policy. */
    List<String> patterns() {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> r.patterns().forEach(p -> out.add(p + " (" + r.declaredOn() + ")")));
        return out;
    }

    /** {@code http://} origins or patterns whose host is not loopback: credentials in cleartext. */
    List<String> cleartext() {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> all = new ArrayList<>(r.origins());
            all.addAll(r.patterns());
            for (String origin : all) {
                if (origin.startsWith("http://") && !isLoopback(origin.substring("http://".length()))) {
                    out.add(origin + " (" + r.declaredOn() + ")");
                }
            }
        }
        return out;
    }

    private static boolean isLoopback(String authority) {
        String host = authority.startsWith("[") ? authority.substring(0, authority.indexOf(']') + 1)
                : authority.split(":", 2)[0];
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
                || host.matches("127\\.\\d+\\.\\d+\\.\\d+");
    }

    String markdown() {
        StringBuilder md = new StringBuilder("| declared on | routes | who may read with credentials | request headers"
                + " | exposed headers | max-age |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            List<String> who = new ArrayList<>(r.origins());
            who.addAll(r.patterns());
            if (!r.originsProperty().isEmpty()) {
                who.add("+ property `" + r.originsProperty() + "`");
            }
            md.append("| `").append(r.declaredOn()).append("` | ").append(String.join(", ", r.routes()))
                    .append(" | ").append(String.join(", ", who))
                    .append(" | ").append(orDash(r.allowHeaders()))
                    .append(" | ").append(orDash(r.exposeHeaders()))
                    .append(" | ").append(r.maxAge() < 0 ? "-" : r.maxAge() + " s").append(" |\n");
        }
        return md.toString();
    }

    private static String orDash(List<String> values) {
        return values.isEmpty() ? "-" : String.join(", ", values);
    }

    /** The report as JSON, which the verifier also reads ({@code --manifests cordial-report.json}). */
    String json() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("declaredOn", r.declaredOn());
            fields.put("routes", r.routes());
            fields.put("origins", r.origins());
            fields.put("patterns", r.patterns());
            fields.put("originsProperty", r.originsProperty());
            fields.put("methods", r.methods());
            fields.put("allowHeaders", r.allowHeaders());
            fields.put("exposeHeaders", r.exposeHeaders());
            fields.put("maxAge", r.maxAge());
            out.append(i == 0 ? "\n  {" : ",\n  {");
            int n = 0;
            for (Map.Entry<String, Object> f : fields.entrySet()) {
                out.append(n++ == 0 ? "" : ", ").append(quote(f.getKey())).append(": ").append(value(f.getValue()));
            }
            out.append('}');
        }
        return out.append(rows.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String value(Object v) {
        if (v instanceof List<?> list) {
            List<String> quoted = new ArrayList<>();
            list.forEach(e -> quoted.add(quote((String) e)));
            return "[" + String.join(", ", quoted) + "]";
        }
        return v instanceof String s ? quote(s) : String.valueOf(v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
