package dev.cordial.testing;

import dev.cordial.core.naming.PropertyNames;
import dev.cordial.core.manifest.ManifestRoute;
import dev.cordial.core.origin.OriginSyntax;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which origin each route is verified with, decided before any request is sent: the route's policy
 * as the deployment resolves it at startup, its {@code originsProperty} read from the places the
 * verifier can see (a value given to the verifier, then the Java system property, then the
 * environment variable, upper-cased with non-alphanumerics as {@code _}, as the runtime names it),
 * each value parsed with {@link OriginSyntax} as the runtime parses it. A per-route origin the
 * policy does not allow, or a property value the deployment would refuse to start with, is an
 * {@link IllegalArgumentException} naming it.
 */
final class RouteOrigins {

    /**
     * One property as the verifier found it.
     *
     * @param source {@code "given to the verifier"}, {@code "system property"}, {@code "environment variable X"}
     * @param value the value as found
     * @param origins its exact origins
     * @param patterns its patterns
     */
    record Found(String source, String value, List<String> origins, List<String> patterns) {}

    /** A route with the property's origins added, and what was found for it (null when set nowhere visible). */
    record Resolved(ManifestRoute declared, ManifestRoute route, Found property, List<String> placesLooked) {
        boolean propertyUnknown() {
            return !route.originsProperty().isBlank() && property == null;
        }
    }

    private final Map<String, String> given;
    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;
    private final Map<String, Found> found = new LinkedHashMap<>();

    RouteOrigins(Map<String, String> given, Function<String, String> systemProperties,
            Function<String, String> environment) {
        this.given = given;
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    /** The route as the deployment runs it: its own origins and patterns, then its property's. */
    Resolved resolve(ManifestRoute route) {
        String key = route.originsProperty();
        if (key.isBlank()) {
            return new Resolved(route, route, null, List.of());
        }
        List<String> looked = List.of("given to the verifier", "system property " + key,
                "environment variable " + envName(key));
        Found property = found.computeIfAbsent(key, this::read);
        if (property == null) {
            return new Resolved(route, route, null, looked);
        }
        for (String origin : property.origins()) {
            if (route.credentials() && !route.dangerouslyAllowCleartextOrigins() && cleartext(origin)) {
                throw new IllegalArgumentException("originsProperty " + key + " (" + property.source() + ") = \""
                        + property.value() + "\": " + origin + " is http:// outside loopback, which " + route.template()
                        + " does not tolerate (dangerouslyAllowCleartextOrigins = false): the deployment would refuse to start");
            }
        }
        LinkedHashSet<String> origins = new LinkedHashSet<>(route.origins());
        origins.addAll(property.origins());
        LinkedHashSet<String> patterns = new LinkedHashSet<>(route.patterns());
        patterns.addAll(property.patterns());
        ManifestRoute effective = new ManifestRoute(route.resource(), route.template(), route.httpMethods(),
                route.javaMethod(), new ArrayList<>(origins), new ArrayList<>(patterns), key, route.methods(),
                route.allowHeaders(), route.exposeHeaders(), route.maxAge(), route.declaredOn(),
                route.dangerouslyAllowCleartextOrigins(), route.credentials(), route.isolation());
        return new Resolved(route, effective, property, looked);
    }

    /** The first place that has {@code key}, parsed; {@code null} when none has it (or only blank). */
    private Found read(String key) {
        String source = "given to the verifier";
        String value = given.get(key);
        if (value == null) {
            source = "system property";
            value = systemProperties.apply(key);
        }
        if (value == null) {
            source = "environment variable " + envName(key);
            value = environment.apply(envName(key));
        }
        if (value == null || value.isBlank()) {
            return null;
        }
        List<String> origins = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        // As the runtime: comma-separated, each entry stripped and checked; an empty entry is invalid.
        for (String part : value.split(",", -1)) {
            String entry = part.strip();
            OriginSyntax.Verdict verdict = OriginSyntax.checkConfigured(entry);
            if (!verdict.valid()) {
                throw new IllegalArgumentException("originsProperty " + key + " (" + source + ") = \"" + value
                        + "\": \"" + entry + "\" " + verdict.message());
            }
            (verdict.origin().pattern() ? patterns : origins).add(entry);
        }
        return new Found(source, value, origins, patterns);
    }

    /** What the runtime refuses without {@code dangerouslyAllowCleartextOrigins}. */
    private static boolean cleartext(String origin) {
        OriginSyntax.Origin parsed = OriginSyntax.checkConfigured(origin).origin();
        return parsed.scheme().equals("http") && !OriginSyntax.isLoopback(parsed);
    }

    /** {@code cors.origins} becomes {@code CORS_ORIGINS}: the one rule in core, as the runtime reads it. */
    static String envName(String key) {
        return PropertyNames.environmentVariable(key);
    }

    /** {@code /orders} for {@code orders} or {@code /orders}: how a template given on the command line is matched. */
    static String normalize(String template) {
        String t = template.strip();
        return t.startsWith("/") ? t : "/" + t;
    }

    /** The policy as the error and WARN lines show it: {@code origins [..], patterns [..], originsProperty k = "v"}. */
    static String describe(Resolved r) {
        ManifestRoute route = r.declared();
        List<String> parts = new ArrayList<>();
        if (!route.origins().isEmpty()) {
            parts.add("origins " + route.origins());
        }
        if (!route.patterns().isEmpty()) {
            parts.add("patterns " + route.patterns());
        }
        if (!route.originsProperty().isBlank()) {
            parts.add("originsProperty " + route.originsProperty() + (r.property() == null
                    ? " set nowhere the verifier looked (" + String.join(", ", r.placesLooked()) + ")"
                    : " = \"" + r.property().value() + "\" (" + r.property().source() + ")"));
        }
        return String.join(", ", parts);
    }
}
