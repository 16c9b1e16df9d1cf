package dev.cordial.core.manifest;

import dev.cordial.core.origin.OriginSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one writer and the one reader of Cordial's two JSON documents: the policy manifest the
 * processor writes per annotated type, and the report {@code cordial:report} writes per module.
 * Both carry {@code "formatVersion"}; a reader refuses a version it does not know instead of
 * guessing (version 2 added {@code "dangerouslyAllowCleartextOrigins"}; in a version-1 document,
 * which cannot have it, it reads as {@code false}; version 3 added {@code "credentials"} and
 * {@code "isolation"}, read as {@code true} and {@code "APPLICATION"} from older documents), and every reader refuses a missing member, a wrong type or an origin the runtime would
 * refuse, so that a damaged file stops a run instead of silently verifying less.
 *
 * <p>Layout: a manifest has one member per line and is sorted by its writer, so that adding an
 * origin changes exactly one line; a report has one row per line.
 */
public final class ManifestJson {

    /** The format this writer writes, and the newest this reader reads. */
    public static final int FORMAT_VERSION = 3;

    /** The oldest format this reader reads: version 1, without {@code "dangerouslyAllowCleartextOrigins"}. */
    public static final int OLDEST_FORMAT_VERSION = 1;

    private static final String CLEARTEXT = "dangerouslyAllowCleartextOrigins";
    private static final java.util.Set<String> ISOLATIONS = java.util.Set.of("APPLICATION", "OFF", "REPORT_ONLY",
            "ENFORCE");

    private ManifestJson() {}

    /** The manifest as JSON, routes in the order given. */
    public static String write(PolicyManifest manifest) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"formatVersion\": ").append(FORMAT_VERSION).append(",\n");
        json.append("  \"resource\": ").append(Json.quote(manifest.resource())).append(",\n");
        json.append("  \"filter\": ").append(Json.quote(manifest.filter())).append(",\n");
        json.append("  \"routes\": [");
        List<ManifestRoute> routes = manifest.routes();
        for (int i = 0; i < routes.size(); i++) {
            ManifestRoute r = routes.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\n");
            member(json, "template", Json.quote(r.template()));
            member(json, "httpMethods", Json.quote(r.httpMethods()));
            member(json, "javaMethod", Json.quote(r.javaMethod()));
            member(json, "origins", Json.quote(r.origins()));
            member(json, "patterns", Json.quote(r.patterns()));
            member(json, "originsProperty", Json.quote(r.originsProperty()));
            member(json, "methods", Json.quote(r.methods()));
            member(json, "allowHeaders", Json.quote(r.allowHeaders()));
            member(json, "exposeHeaders", Json.quote(r.exposeHeaders()));
            member(json, "maxAge", Integer.toString(r.maxAge()));
            member(json, CLEARTEXT, Boolean.toString(r.dangerouslyAllowCleartextOrigins()));
            member(json, "credentials", Boolean.toString(r.credentials()));
            member(json, "isolation", Json.quote(r.isolation()));
            json.append("      \"declaredOn\": ").append(Json.quote(r.declaredOn())).append("\n    }");
        }
        return json.append(routes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** The report as JSON, one row per line. */
    public static String write(PolicyReport report) {
        StringBuilder json = new StringBuilder("{\"formatVersion\": ").append(FORMAT_VERSION).append(", \"rows\": [");
        List<PolicyReport.Row> rows = report.rows();
        for (int i = 0; i < rows.size(); i++) {
            PolicyReport.Row r = rows.get(i);
            json.append(i == 0 ? "\n  {" : ",\n  {")
                    .append("\"declaredOn\": ").append(Json.quote(r.declaredOn()))
                    .append(", \"routes\": ").append(Json.quote(r.routes()))
                    .append(", \"origins\": ").append(Json.quote(r.origins()))
                    .append(", \"patterns\": ").append(Json.quote(r.patterns()))
                    .append(", \"originsProperty\": ").append(Json.quote(r.originsProperty()))
                    .append(", \"methods\": ").append(Json.quote(r.methods()))
                    .append(", \"allowHeaders\": ").append(Json.quote(r.allowHeaders()))
                    .append(", \"exposeHeaders\": ").append(Json.quote(r.exposeHeaders()))
                    .append(", \"maxAge\": ").append(r.maxAge())
                    .append(", \"" + CLEARTEXT + "\": ").append(r.dangerouslyAllowCleartextOrigins())
                    .append(", \"credentials\": ").append(r.credentials())
                    .append(", \"isolation\": ").append(Json.quote(r.isolation())).append('}');
        }
        return json.append(rows.isEmpty() ? "]}\n" : "\n]}\n").toString();
    }

    /**
     * The routes of a manifest or of a report, whichever {@code json} is; {@code source} names it
     * in errors.
     *
     * @throws IllegalArgumentException if it is neither, or is damaged
     */
    public static List<ManifestRoute> routes(String json, String source) {
        Map<?, ?> document = document(json, source, "a Cordial policy manifest");
        return document.containsKey("rows") ? report(document, source).routes() : manifest(document, source).routes();
    }

    /** Reads a manifest; {@code source} names it in errors. */
    public static PolicyManifest readManifest(String json, String source) {
        return manifest(document(json, source, "a Cordial policy manifest"), source);
    }

    /** Reads a report; {@code source} names it in errors. */
    public static PolicyReport readReport(String json, String source) {
        return report(document(json, source, "a Cordial report"), source);
    }

    private static Map<?, ?> document(String json, String source, String what) {
        try {
            if (!(Json.parse(json) instanceof Map<?, ?> document)) {
                throw new IllegalArgumentException("not a JSON object");
            }
            Object version = document.get("formatVersion");
            if (version == null) {
                throw new IllegalArgumentException("no \"formatVersion\": written by a Cordial older than this reader;"
                        + " rebuild the module that contains it");
            }
            if (!(version instanceof Double d) || d != Math.rint(d) || d < OLDEST_FORMAT_VERSION || d > FORMAT_VERSION) {
                throw new IllegalArgumentException("\"formatVersion\" " + version + " is not one this Cordial reads ("
                        + OLDEST_FORMAT_VERSION + " to " + FORMAT_VERSION + "): use the Cordial version that wrote it");
            }
            return document;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not " + what + ": " + source + ": " + e.getMessage(), e);
        }
    }

    private static PolicyManifest manifest(Map<?, ?> document, String source) {
        try {
            int version = version(document);
            String resource = string(document, "resource");
            List<ManifestRoute> routes = new ArrayList<>();
            for (Object element : list(document, "routes")) {
                Map<?, ?> r = object(element, "route");
                Policy p = policy(r, version);
                routes.add(new ManifestRoute(resource, string(r, "template"), strings(r, "httpMethods"),
                        string(r, "javaMethod"), p.origins, p.patterns, p.originsProperty, p.methods, p.allowHeaders,
                        p.exposeHeaders, p.maxAge, string(r, "declaredOn"), p.allowCleartext, p.credentials,
                        p.isolation));
            }
            return new PolicyManifest(resource, string(document, "filter"), routes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Cordial policy manifest: " + source + ": " + e.getMessage(), e);
        }
    }

    private static PolicyReport report(Map<?, ?> document, String source) {
        try {
            int version = version(document);
            List<PolicyReport.Row> rows = new ArrayList<>();
            for (Object element : list(document, "rows")) {
                Map<?, ?> r = object(element, "row");
                String declaredOn = string(r, "declaredOn");
                List<String> routes = strings(r, "routes");
                for (String route : routes) {
                    int space = route.indexOf(' ');
                    if (space <= 0 || space == route.length() - 1) {
                        throw new IllegalArgumentException("route \"" + route + "\" is not \"METHOD /template\"");
                    }
                }
                Policy p = policy(r, version);
                rows.add(new PolicyReport.Row(declaredOn, routes, p.origins, p.patterns, p.originsProperty, p.methods,
                        p.allowHeaders, p.exposeHeaders, p.maxAge, p.allowCleartext, p.credentials, p.isolation));
            }
            return new PolicyReport(rows);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Cordial report: " + source + ": " + e.getMessage(), e);
        }
    }

    /** The policy members a manifest route and a report row share. */
    private record Policy(List<String> origins, List<String> patterns, String originsProperty, List<String> methods,
            List<String> allowHeaders, List<String> exposeHeaders, int maxAge, boolean allowCleartext,
            boolean credentials, String isolation) {}

    /** {@code "formatVersion"}, which {@link #document} has checked. */
    private static int version(Map<?, ?> document) {
        return ((Double) document.get("formatVersion")).intValue();
    }

    /**
     * The policy members of {@code r}, each origin checked as the runtime checks it; in a document
     * of {@code version} 1, which cannot say it, cleartext origins are not tolerated.
     */
    private static Policy policy(Map<?, ?> r, int version) {
        boolean credentials = version < 3 || bool(r, "credentials");
        String isolation = version < 3 ? ManifestRoute.DEFAULT_ISOLATION : string(r, "isolation");
        if (!ISOLATIONS.contains(isolation)) {
            throw new IllegalArgumentException("\"isolation\" is \"" + isolation + "\", not one of " + ISOLATIONS);
        }
        List<String> origins = strings(r, "origins");
        List<String> patterns = strings(r, "patterns");
        boolean any = origins.contains("*");
        if (any && (credentials || origins.size() > 1 || !patterns.isEmpty())) {
            throw new IllegalArgumentException("\"origins\" lists \"*\" " + (credentials ? "with credentials"
                    : "beside other origins"));
        }
        for (String origin : any ? List.<String>of() : origins) {
            checkOrigin(origin, false);
        }
        for (String pattern : patterns) {
            checkOrigin(pattern, true);
        }
        Object maxAge = required(r, "maxAge");
        if (!(maxAge instanceof Double d) || d != Math.rint(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("\"maxAge\" is not an integer: " + maxAge);
        }
        return new Policy(origins, patterns, string(r, "originsProperty"), strings(r, "methods"),
                strings(r, "allowHeaders"), strings(r, "exposeHeaders"), d.intValue(),
                version >= 2 && bool(r, CLEARTEXT), credentials, isolation);
    }

    private static void checkOrigin(String value, boolean pattern) {
        OriginSyntax.Verdict v = OriginSyntax.checkConfigured(value);
        if (!v.valid()) {
            throw new IllegalArgumentException("origin \"" + value + "\" " + v.message());
        }
        if (v.origin().pattern() != pattern) {
            throw new IllegalArgumentException((pattern ? "\"patterns\" lists the exact origin \""
                    : "\"origins\" lists the pattern \"") + value + "\"");
        }
    }

    private static void member(StringBuilder json, String name, String value) {
        json.append("      ").append(Json.quote(name)).append(": ").append(value).append(",\n");
    }

    private static Object required(Map<?, ?> map, String name) {
        Object value = map.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing \"" + name + "\"");
        }
        return value;
    }

    private static Map<?, ?> object(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a " + what + " is not a JSON object");
        }
        return map;
    }

    private static String string(Map<?, ?> map, String name) {
        if (!(required(map, name) instanceof String s)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a string");
        }
        return s;
    }

    private static boolean bool(Map<?, ?> map, String name) {
        if (!(required(map, name) instanceof Boolean b)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a boolean");
        }
        return b;
    }

    private static List<?> list(Map<?, ?> map, String name) {
        if (!(required(map, name) instanceof List<?> list)) {
            throw new IllegalArgumentException("\"" + name + "\" is not an array");
        }
        return list;
    }

    private static List<String> strings(Map<?, ?> map, String name) {
        List<String> out = new ArrayList<>();
        for (Object value : list(map, name)) {
            if (!(value instanceof String s)) {
                throw new IllegalArgumentException("\"" + name + "\" holds a non-string: " + value);
            }
            out.add(s);
        }
        return out;
    }
}
