package dev.cordial.testing;

import dev.cordial.core.manifest.ManifestRoute;
import dev.cordial.core.manifest.ManifestFiles;
import dev.cordial.core.path.PathTemplate;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks a running deployment against the policy manifests the processor wrote, the way a browser
 * would: the deployed server, behind whatever proxy, gateway or filter chain, must answer exactly what
 * the annotations declare. For use in integration tests:
 *
 * <pre>{@code
 * CordialVerifier.forManifests(Path.of("target/classes"))
 *         .baseUrl(URI.create("http://127.0.0.1:" + port + "/api/"))
 *         .verify()
 *         .assertPassed();
 * }</pre>
 *
 * <p>Safe against production by default: it sends no credentials of its own and only {@code GET},
 * {@code HEAD} and {@code OPTIONS}; routes of other methods are skipped unless
 * {@link #allowUnsafeMethods()} is called, and even then only their preflight is sent.
 *
 * <p>Each route is verified with the first exact origin of its policy; a route whose policy has
 * none (patterns only, or an {@code originsProperty} only) with the origin given for its template
 * ({@link #origin(String, String)}), else with its property's first origin, else with the fallback
 * {@link #origin(String)} when its policy allows it. An {@code originsProperty} is read as the
 * runtime reads it where the verifier can see it: {@link #property(String, String)}, then the Java
 * system property, then the environment variable ({@code cors.origins} as {@code CORS_ORIGINS}); the
 * JAX-RS configuration property, MicroProfile Config and Spring's Environment are the deployment's,
 * so give their values with {@link #property(String, String)}.
 */
public final class CordialVerifier {

    private final List<Path> manifests;
    private URI baseUrl;
    private String origin;
    private final Map<String, String> routeOrigins = new LinkedHashMap<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private Function<String, String> systemProperties = System::getProperty;
    private Function<String, String> environment = System::getenv;
    private boolean allowUnsafeMethods;
    private final Map<String, String> samples = new LinkedHashMap<>();
    private Predicate<ManifestRoute> routes = route -> true;
    private Duration timeout = Duration.ofSeconds(10);

    private CordialVerifier(List<Path> manifests) {
        this.manifests = List.copyOf(manifests);
    }

    /**
     * Reads the manifests under {@code paths}: class-path roots (a directory such as
     * {@code target/classes}, or a jar), whose {@code META-INF/cordial/routes/*.json} are read, or
     * manifest files.
     */
    public static CordialVerifier forManifests(Collection<Path> paths) {
        return new CordialVerifier(new ArrayList<>(paths));
    }

    /** See {@link #forManifests(Collection)}. */
    public static CordialVerifier forManifests(Path... paths) {
        return forManifests(List.of(paths));
    }

    /** The application's base URL, which the manifests' templates are relative to: {@code http://host/api/}. */
    public CordialVerifier baseUrl(URI baseUrl) {
        String url = baseUrl.toString();
        this.baseUrl = URI.create(url.endsWith("/") ? url : url + "/");
        return this;
    }

    /**
     * The fallback origin for routes whose policy lists no exact origin and that have no origin of
     * their own ({@link #origin(String, String)}): used on each such route whose patterns or resolved
     * {@code originsProperty} allow it, or whose property the verifier cannot read. A route left with
     * no origin gets a WARN line.
     */
    public CordialVerifier origin(String origin) {
        this.origin = origin;
        return this;
    }

    /**
     * The origin to verify the routes of {@code template} (as the manifest writes it,
     * {@code /orders/{id}}) with, every method of it. {@link #verify()} refuses it, before sending
     * anything, unless the route's policy allows it (with its {@code originsProperty} resolved; an
     * unreadable property is the deployment's, so then it is taken as given) or no route has the template.
     */
    public CordialVerifier origin(String template, String origin) {
        routeOrigins.put(RouteOrigins.normalize(template), Objects.requireNonNull(origin));
        return this;
    }

    /**
     * {@code --origin}'s value: {@code TEMPLATE=ORIGIN} for {@link #origin(String, String)}, a bare
     * {@code ORIGIN} for {@link #origin(String)}. The template is split at the first {@code =}
     * outside braces, since a variable's regex may hold one.
     */
    public CordialVerifier originOption(String value) {
        int i = PathTemplate.indexOutsideBraces(value, '=');
        return i < 0 ? origin(value.strip()) : origin(value.substring(0, i), value.substring(i + 1).strip());
    }

    /**
     * The value of {@code originsProperty} {@code name} in the deployment, comma-separated origins
     * and patterns, parsed as the runtime parses it: it wins over the verifier's own system property
     * and environment variable, which the deployment's may differ from.
     */
    public CordialVerifier property(String name, String value) {
        properties.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return this;
    }

    /** {@code --property}'s value, {@code name=value}: see {@link #property(String, String)}. */
    public CordialVerifier propertyOption(String nameEqualsValue) {
        int i = nameEqualsValue.indexOf('=');
        if (i <= 0) {
            throw new IllegalArgumentException("--property needs NAME=VALUE, got " + nameEqualsValue);
        }
        return property(nameEqualsValue.substring(0, i).strip(), nameEqualsValue.substring(i + 1));
    }

    /** Where system properties and environment variables are read from: the JVM's unless a test says otherwise. */
    CordialVerifier lookups(Function<String, String> systemProperties, Function<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        return this;
    }

    /**
     * Also verifies routes of methods other than GET and HEAD, by their preflight only: the actual
     * request would change state on the server.
     */
    public CordialVerifier allowUnsafeMethods() {
        this.allowUnsafeMethods = true;
        return this;
    }

    /**
     * The request path for {@code template}, when the generated sample ({@code 1}, or {@code x} when
     * the variable's expression refuses digits) does not reach the route:
     * {@code sample("/orders/{id}", "/orders/42")}.
     */
    public CordialVerifier sample(String template, String path) {
        samples.put(template, path);
        return this;
    }

    /** Verifies only the routes {@code which} accepts: the manifests may list resources this deployment does not serve. */
    public CordialVerifier routes(Predicate<ManifestRoute> which) {
        this.routes = Objects.requireNonNull(which);
        return this;
    }

    /** How long to wait for each response. */
    public CordialVerifier timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /**
     * Sends the requests and reports every check. Throws {@link IllegalArgumentException}, before any
     * request, on a per-route origin its route does not allow or names no route, and on a property
     * value the runtime would refuse; {@link java.io.UncheckedIOException} on unreadable manifests;
     * {@link IllegalStateException} without a base URL. A base URL that does not answer at all gives
     * a report of one FAIL line, {@code cannot reach URL: ...} (see {@link VerificationReport#reached()}).
     */
    public VerificationReport verify() {
        if (baseUrl == null) {
            throw new IllegalStateException("no base URL: call baseUrl(URI) first");
        }
        List<ManifestRoute> selected = ManifestFiles.read(manifests).stream().filter(routes).toList();
        List<VerificationReport.Line> lines = new ArrayList<>();
        if (selected.isEmpty()) {
            lines.add(new VerificationReport.Line(VerificationReport.Outcome.FAIL, "-", "manifests",
                    "no route to verify in " + manifests + " (is the annotation processor on the build's processor path?)", ""));
            return new VerificationReport(lines);
        }
        RouteOrigins resolver = new RouteOrigins(properties, systemProperties, environment);
        List<RouteOrigins.Resolved> resolved = selected.stream().map(resolver::resolve).toList();
        checkRouteOrigins(resolved);
        // No cookie handler, no authenticator, no redirects: the verifier sees what the server answers.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        RouteChecks checks = new RouteChecks(client, timeout, baseUrl, new PathSamples(samples), allowUnsafeMethods, lines);
        try {
            for (RouteOrigins.Resolved r : resolved) {
                String chosen = originFor(r);
                String noOrigin = chosen != null ? null : "the policy lists no exact origin (" + RouteOrigins.describe(r)
                        + "); give an origin it allows: --origin " + r.route().template() + "=ORIGIN"
                        + (r.route().originsProperty().isBlank() ? "" : " or --property " + r.route().originsProperty() + "=VALUE")
                        + (origin == null ? "" : " (" + origin + " is not one)");
                for (String method : r.route().httpMethods()) {
                    checks.verify(r.route(), method, chosen, noOrigin);
                }
            }
        } catch (RouteChecks.Unreachable e) {
            // Every check would fail with "no response": one line says why instead.
            return new VerificationReport(List.of(new VerificationReport.Line(VerificationReport.Outcome.FAIL, "-",
                    VerificationReport.REACHABLE, e.getMessage(), "")));
        }
        return new VerificationReport(lines);
    }

    /** The origin sent to a route any origin may read, when none is given: one no policy would list. */
    static final String ANY_ORIGIN_SAMPLE = "https://any-origin.cordial-verifier.example";

    /** Each per-route origin names a selected route and is one its policy allows. */
    private void checkRouteOrigins(List<RouteOrigins.Resolved> resolved) {
        routeOrigins.forEach((template, given) -> {
            List<RouteOrigins.Resolved> matching = resolved.stream()
                    .filter(r -> RouteOrigins.normalize(r.route().template()).equals(template)).toList();
            if (matching.isEmpty()) {
                throw new IllegalArgumentException("--origin " + template + "=" + given + ": no route " + template
                        + " in the manifests; their templates: " + resolved.stream().map(r -> r.route().template())
                        .distinct().sorted().toList());
            }
            for (RouteOrigins.Resolved r : matching) {
                if (!r.route().allows(given) && !r.propertyUnknown()) {
                    throw new IllegalArgumentException("--origin " + template + "=" + given + ": "
                            + String.join(",", r.route().httpMethods()) + " " + r.route().template()
                            + " does not allow " + given + " (" + RouteOrigins.describe(r) + ")");
                }
            }
        });
    }

    /** The per-route origin, else the first exact origin, else the fallback where it may be allowed. */
    private String originFor(RouteOrigins.Resolved r) {
        String given = routeOrigins.get(RouteOrigins.normalize(r.route().template()));
        if (given != null) {
            return given;
        }
        if (r.route().anyOrigin()) {
            return origin != null ? origin : ANY_ORIGIN_SAMPLE;
        }
        if (!r.route().origins().isEmpty()) {
            return r.route().origins().get(0);
        }
        if (origin != null && (r.route().allows(origin) || r.propertyUnknown())) {
            return origin;
        }
        return null;
    }
}
