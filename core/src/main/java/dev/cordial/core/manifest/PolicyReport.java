package dev.cordial.core.manifest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The policies of a module, one row per {@code @AllowCredentials} or {@code @AllowWithoutCredentials}
 * declaration: the routes it covers, who may read them, with credentials or without, the headers, the max-age. Sorted by declaration and, within a
 * row, by path, so that adding an origin to one annotation changes exactly one row and a diff shows
 * which origin gained access to what. {@code cordial:report} writes it ({@link ManifestJson}); the
 * verifier reads it back as routes.
 *
 * @param rows one per declaration, sorted
 */
public record PolicyReport(List<Row> rows) {

    /** {@code "GET /orders"} before {@code "POST /orders"} before {@code "GET /orders/{id}"}. */
    private static final Comparator<String> BY_PATH_THEN_METHOD =
            Comparator.comparing((String s) -> s.substring(s.indexOf(' ') + 1)).thenComparing(s -> s);

    public PolicyReport {
        rows = List.copyOf(rows);
    }

    /**
     * One declaration and the routes it covers.
     *
     * @param routes {@code "GET /orders"}, sorted by path, then method
     * @param dangerouslyAllowCleartextOrigins whether the declaration tolerates {@code http://}
     *     origins outside loopback
     * @param credentials {@code false} for {@code @AllowWithoutCredentials}
     * @param isolation the declared Fetch Metadata isolation
     */
    public record Row(String declaredOn, List<String> routes, List<String> origins, List<String> patterns,
            String originsProperty, List<String> methods, List<String> allowHeaders, List<String> exposeHeaders,
            int maxAge, boolean dangerouslyAllowCleartextOrigins, boolean credentials, String isolation) {

        /** A credentialed declaration, as every row of a report older than version 3. */
        public Row(String declaredOn, List<String> routes, List<String> origins, List<String> patterns,
                String originsProperty, List<String> methods, List<String> allowHeaders, List<String> exposeHeaders,
                int maxAge, boolean dangerouslyAllowCleartextOrigins) {
            this(declaredOn, routes, origins, patterns, originsProperty, methods, allowHeaders, exposeHeaders, maxAge,
                    dangerouslyAllowCleartextOrigins, true, ManifestRoute.DEFAULT_ISOLATION);
        }

        public Row {
            routes = List.copyOf(routes);
            origins = List.copyOf(origins);
            patterns = List.copyOf(patterns);
            methods = List.copyOf(methods);
            allowHeaders = List.copyOf(allowHeaders);
            exposeHeaders = List.copyOf(exposeHeaders);
        }

        /** A declaration that does not tolerate cleartext origins, as every row of a version-1 report. */
        public Row(String declaredOn, List<String> routes, List<String> origins, List<String> patterns,
                String originsProperty, List<String> methods, List<String> allowHeaders, List<String> exposeHeaders,
                int maxAge) {
            this(declaredOn, routes, origins, patterns, originsProperty, methods, allowHeaders, exposeHeaders, maxAge,
                    false);
        }
    }

    /** The report of manifest routes given in any order; a declaration's policy is that of its first route. */
    public static PolicyReport of(List<ManifestRoute> manifestRoutes) {
        Map<String, List<ManifestRoute>> byDeclaration = new TreeMap<>();
        for (ManifestRoute r : manifestRoutes) {
            byDeclaration.computeIfAbsent(r.declaredOn(), d -> new ArrayList<>()).add(r);
        }
        List<Row> rows = new ArrayList<>();
        for (List<ManifestRoute> declared : byDeclaration.values()) {
            TreeSet<String> routes = new TreeSet<>(BY_PATH_THEN_METHOD);
            for (ManifestRoute r : declared) {
                for (String method : r.httpMethods()) {
                    routes.add(method + " " + r.template());
                }
            }
            ManifestRoute r = declared.get(0);
            rows.add(new Row(r.declaredOn(), new ArrayList<>(routes), r.origins(), r.patterns(), r.originsProperty(),
                    r.methods(), r.allowHeaders(), r.exposeHeaders(), r.maxAge(), r.dangerouslyAllowCleartextOrigins(),
                    r.credentials(), r.isolation()));
        }
        return new PolicyReport(rows);
    }

    /**
     * The routes of the report, one per row and route; the Java method is not in a report and stays
     * empty, and the declaration stands for the resource.
     */
    public List<ManifestRoute> routes() {
        List<ManifestRoute> out = new ArrayList<>();
        for (Row row : rows) {
            for (String route : row.routes()) {
                int space = route.indexOf(' ');
                out.add(new ManifestRoute(row.declaredOn(), route.substring(space + 1), List.of(route.substring(0, space)),
                        "", row.origins(), row.patterns(), row.originsProperty(), row.methods(), row.allowHeaders(),
                        row.exposeHeaders(), row.maxAge(), row.declaredOn(), row.dangerouslyAllowCleartextOrigins(),
                        row.credentials(), row.isolation()));
            }
        }
        return out;
    }
}
