package dev.cordial.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One route of a policy manifest ({@code META-INF/cordial/routes/<binary name>.json}): a path template
 * relative to the application path, the HTTP methods the resource method serves there, and the policy
 * that covers it, as the processor resolved it at compile time.
 *
 * @param resource binary name of the annotated type whose manifest lists the route
 * @param template path template as written, {@code /orders/{id}}
 * @param httpMethods HTTP methods the resource method serves (one, in practice)
 * @param javaMethod the resource method, {@code get(long)}
 * @param origins exact origins of the policy
 * @param patterns wildcard origins, {@code https://*.preview.example.com}
 * @param originsProperty property naming more origins at startup, {@code ""} when none
 * @param methods methods the policy lets other origins use
 * @param allowHeaders request headers a preflight may ask for
 * @param exposeHeaders response headers exposed to the script
 * @param maxAge preflight max-age in seconds, negative when not sent
 * @param declaredOn where the policy is declared
 */
public record Route(String resource, String template, List<String> httpMethods, String javaMethod,
        List<String> origins, List<String> patterns, String originsProperty, List<String> methods,
        List<String> allowHeaders, List<String> exposeHeaders, int maxAge, String declaredOn) {

    /**
     * Every route of the manifests under {@code paths}: class-output directories, jars, or manifest
     * files. Fails on a path that is none of these, so that a typo cannot verify or report nothing.
     */
    public static List<Route> fromManifests(List<Path> paths) {
        return Manifests.read(paths);
    }

    /**
     * Reads the routes of a {@code cordial:report} JSON file: one row per declaration, its routes as
     * {@code "GET /orders"}. The Java method is not in the report and stays empty.
     */
    static List<Route> fromReport(String json, String source) {
        try {
            List<Route> routes = new ArrayList<>();
            for (Object element : (List<?>) Json.parse(json)) {
                Map<?, ?> row = (Map<?, ?>) element;
                String declaredOn = (String) required(row, "declaredOn");
                for (String route : strings(row, "routes")) {
                    int space = route.indexOf(' ');
                    routes.add(new Route(declaredOn, route.substring(space + 1), List.of(route.substring(0, space)), "",
                            strings(row, "origins"), strings(row, "patterns"), (String) required(row, "originsProperty"),
                            strings(row, "methods"), strings(row, "allowHeaders"), strings(row, "exposeHeaders"),
                            ((Double) required(row, "maxAge")).intValue(), declaredOn));
                }
            }
            return routes;
        } catch (ClassCastException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a Cordial report: " + source + ": " + e.getMessage(), e);
        }
    }

    /** Reads the routes of one manifest; {@code source} names it in errors. */
    static List<Route> fromManifest(String json, String source) {
        try {
            Map<?, ?> manifest = (Map<?, ?>) Json.parse(json);
            String resource = (String) required(manifest, "resource");
            List<Route> routes = new ArrayList<>();
            for (Object element : (List<?>) required(manifest, "routes")) {
                Map<?, ?> r = (Map<?, ?>) element;
                routes.add(new Route(resource, (String) required(r, "template"), strings(r, "httpMethods"),
                        (String) required(r, "javaMethod"), strings(r, "origins"), strings(r, "patterns"),
                        (String) required(r, "originsProperty"), strings(r, "methods"), strings(r, "allowHeaders"),
                        strings(r, "exposeHeaders"), ((Double) required(r, "maxAge")).intValue(),
                        (String) required(r, "declaredOn")));
            }
            return routes;
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Cordial policy manifest: " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the policy itself lets {@code origin} in, so that it is no look-alike to refuse: an exact
     * origin, or a pattern's scheme, port and domain around lower-case DNS labels (the run time accepts
     * only serialized origins, which are lower case).
     */
    boolean allows(String origin) {
        if (origins.contains(origin)) {
            return true;
        }
        for (String pattern : patterns) {
            int star = pattern.indexOf("://*.");
            String prefix = pattern.substring(0, star + 3);
            String suffix = pattern.substring(star + 4); // ".example.com" or ".localhost:5173"
            if (origin.startsWith(prefix) && origin.endsWith(suffix) && origin.length() > prefix.length() + suffix.length()
                    && origin.substring(prefix.length(), origin.length() - suffix.length()).matches("[a-z0-9-]+(\\.[a-z0-9-]+)*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the policy lets other origins use {@code method}; HEAD counts as GET, as at run time. */
    boolean allowsMethod(String method) {
        return methods.contains(method) || method.equals("HEAD") && methods.contains("GET");
    }

    private static Object required(Map<?, ?> map, String name) {
        if (!map.containsKey(name) || map.get(name) == null) {
            throw new IllegalArgumentException("missing \"" + name + "\"");
        }
        return map.get(name);
    }

    private static List<String> strings(Map<?, ?> map, String name) {
        List<String> out = new ArrayList<>();
        for (Object value : (List<?>) required(map, name)) {
            out.add((String) value);
        }
        return List.copyOf(out);
    }
}
