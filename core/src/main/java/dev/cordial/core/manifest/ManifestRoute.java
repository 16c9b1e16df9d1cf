package dev.cordial.core.manifest;

import dev.cordial.core.fetch.HttpMethods;
import dev.cordial.core.fetch.HttpTokens;
import dev.cordial.core.origin.OriginMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * One route of a policy manifest: a path template relative to the application path,
 * the HTTP methods the resource method serves there, and the policy that covers it, as the
 * processor resolved it at compile time.
 *
 * @param resource binary name of the annotated type whose manifest lists the route
 * @param template path template as written, {@code /orders/{id}}
 * @param httpMethods HTTP methods the resource method serves (one, in practice)
 * @param javaMethod the resource method, {@code get(long)}; empty when read from a report
 * @param origins exact origins of the policy
 * @param patterns wildcard origins, {@code https://*.preview.example.com}
 * @param originsProperty property naming more origins at startup, {@code ""} when none
 * @param methods methods the policy lets other origins use
 * @param allowHeaders request headers a preflight may ask for
 * @param exposeHeaders response headers exposed to the script
 * @param maxAge preflight max-age in seconds, negative when not sent
 * @param declaredOn where the policy is declared
 * @param dangerouslyAllowCleartextOrigins whether the policy tolerates {@code http://} origins
 *     outside loopback ({@code @AllowCredentials(dangerouslyAllowCleartextOrigins = true)}), in its
 *     origins or in those its {@code originsProperty} brings at startup
 * @param credentials {@code true} for {@code @AllowCredentials}, {@code false} for
 *     {@code @AllowWithoutCredentials} (whose {@code origins} may be {@code ["*"]}: any origin)
 * @param isolation the declared Fetch Metadata isolation: {@code APPLICATION}, {@code OFF},
 *     {@code REPORT_ONLY} or {@code ENFORCE}
 */
public record ManifestRoute(String resource, String template, List<String> httpMethods, String javaMethod,
        List<String> origins, List<String> patterns, String originsProperty, List<String> methods,
        List<String> allowHeaders, List<String> exposeHeaders, int maxAge, String declaredOn,
        boolean dangerouslyAllowCleartextOrigins, boolean credentials, String isolation) {

    /** The declared isolation of every route of a manifest older than version 3. */
    public static final String DEFAULT_ISOLATION = "APPLICATION";

    /** A credentialed route, as every route of a manifest older than version 3. */
    public ManifestRoute(String resource, String template, List<String> httpMethods, String javaMethod,
            List<String> origins, List<String> patterns, String originsProperty, List<String> methods,
            List<String> allowHeaders, List<String> exposeHeaders, int maxAge, String declaredOn,
            boolean dangerouslyAllowCleartextOrigins) {
        this(resource, template, httpMethods, javaMethod, origins, patterns, originsProperty, methods, allowHeaders,
                exposeHeaders, maxAge, declaredOn, dangerouslyAllowCleartextOrigins, true, DEFAULT_ISOLATION);
    }

    /** A route whose policy does not tolerate cleartext origins, as every route of a version-1 manifest. */
    public ManifestRoute(String resource, String template, List<String> httpMethods, String javaMethod,
            List<String> origins, List<String> patterns, String originsProperty, List<String> methods,
            List<String> allowHeaders, List<String> exposeHeaders, int maxAge, String declaredOn) {
        this(resource, template, httpMethods, javaMethod, origins, patterns, originsProperty, methods, allowHeaders,
                exposeHeaders, maxAge, declaredOn, false);
    }

    public ManifestRoute {
        httpMethods = List.copyOf(httpMethods);
        origins = List.copyOf(origins);
        patterns = List.copyOf(patterns);
        methods = List.copyOf(methods);
        allowHeaders = List.copyOf(allowHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
    }

    /** Origins and patterns together, as the policy lists them for the runtime's matcher. */
    public List<String> allOrigins() {
        List<String> all = new ArrayList<>(origins);
        all.addAll(patterns);
        return all;
    }

    /**
     * Whether the policy itself lets {@code origin} in, decided by the runtime's own matcher; a
     * malformed origin is let in by nothing.
     */
    public boolean allows(String origin) {
        if (anyOrigin()) {
            return origin != null;
        }
        return OriginMatcher.of(allOrigins()).allows(origin);
    }

    /** Whether any origin may read the route: {@code @AllowWithoutCredentials(origins = "*")}. */
    public boolean anyOrigin() {
        return !credentials && HttpTokens.anyOrigin(origins);
    }

    /** Whether the policy lets other origins use {@code method}; HEAD counts as GET, as at run time. */
    public boolean allowsMethod(String method) {
        return HttpMethods.covers(methods, method);
    }
}
