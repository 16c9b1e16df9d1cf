package dev.cordial.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Writes a {@link ResourceModel} as a machine-readable policy manifest,
 * {@code META-INF/cordial/routes/<binary name>.json}: every covered route with the policy that
 * applies and where it is declared. One file per annotated type, that type as its only originating
 * element (Gradle's isolating mode); sorted, so that the same source gives the same bytes and a diff
 * shows exactly which route gained which origin.
 */
final class ManifestWriter {

    static final String DIRECTORY = "META-INF/cordial/routes/";

    private ManifestWriter() {}

    static String path(String binaryName) {
        return DIRECTORY + binaryName + ".json";
    }

    static String write(ResourceModel model, String binaryName) {
        List<ResourceModel.Covered> routes = new ArrayList<>(model.methods());
        Map<ResourceModel.Covered, String> templates = new IdentityHashMap<>();
        for (ResourceModel.Covered r : routes) {
            templates.put(r, template(r));
        }
        routes.sort(Comparator.comparing((ResourceModel.Covered r) -> templates.get(r))
                .thenComparing(ResourceModel.Covered::key));
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"resource\": ").append(string(binaryName)).append(",\n");
        json.append("  \"filter\": ").append(string(model.packageName().isEmpty() ? model.filterSimpleName()
                : model.packageName() + "." + model.filterSimpleName())).append(",\n");
        json.append("  \"routes\": [");
        for (int i = 0; i < routes.size(); i++) {
            ResourceModel.Covered r = routes.get(i);
            PolicyModel p = r.policy();
            List<String> exact = new ArrayList<>();
            List<String> patterns = new ArrayList<>();
            for (String origin : p.origins()) {
                (origin.contains("://*.") ? patterns : exact).add(origin);
            }
            json.append(i == 0 ? "\n" : ",\n").append("    {\n");
            field(json, "template", string(templates.get(r)));
            field(json, "httpMethods", strings(r.httpMethods()));
            field(json, "javaMethod", string(r.key()));
            field(json, "origins", strings(exact));
            field(json, "patterns", strings(patterns));
            field(json, "originsProperty", string(p.originsProperty()));
            field(json, "methods", strings(p.methods()));
            field(json, "allowHeaders", strings(p.allowHeaders()));
            field(json, "exposeHeaders", strings(p.exposeHeaders()));
            field(json, "maxAge", Integer.toString(p.maxAge()));
            json.append("      \"declaredOn\": ").append(string(declaredOn(p.source()))).append("\n    }");
        }
        return json.append(routes.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** The path template as written, {@code /orders/{id}}: class and method {@code @Path} joined. */
    static String template(ResourceModel.Covered route) {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {route.classPath(), route.methodPath()}) {
            String trimmed = trimSlashes(part);
            if (!trimmed.isEmpty()) {
                out.append('/').append(trimmed);
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    /**
     * {@code part.replaceAll("^/+|/+$", "")} without compiling a pattern per call: leading and
     * trailing slashes removed. A value with a line terminator (where {@code $} also matches
     * before a final one) still takes the regular expression, so the result is the same.
     */
    private static String trimSlashes(String part) {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return part.replaceAll("^/+|/+$", "");
            }
        }
        int start = 0;
        int end = part.length();
        while (start < end && part.charAt(start) == '/') {
            start++;
        }
        while (end > start && part.charAt(end - 1) == '/') {
            end--;
        }
        return part.substring(start, end);
    }

    private static String declaredOn(Element source) {
        if (source instanceof TypeElement type) {
            return type.getQualifiedName().toString();
        }
        if (source instanceof ExecutableElement method && method.getEnclosingElement() instanceof TypeElement owner) {
            return owner.getQualifiedName() + "." + method.getSimpleName() + "()";
        }
        return source.toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append("      ").append(string(name)).append(": ").append(value).append(",\n");
    }

    private static String strings(List<String> values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add(string(v)));
        return "[" + String.join(", ", quoted) + "]";
    }

    /** A JSON string literal; annotation values are printable ASCII after validation, but escape anyway. */
    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
