package dev.cordial.testing;

import dev.cordial.core.manifest.ManifestRoute;
import dev.cordial.core.manifest.ManifestFiles;
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
 */
public final class CordialVerifier {

    private final List<Path> manifests;
    private URI baseUrl;
    private String origin;
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
     * The origin to verify routes whose policy lists no exact origin with: one their patterns accept,
     * or one their {@code originsProperty} supplies at startup. Without it such routes get a WARN line.
     */
    public CordialVerifier origin(String origin) {
        this.origin = origin;
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

    /** Sends the requests and reports every check; fails only on unreadable manifests or a missing base URL. */
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
        // No cookie handler, no authenticator, no redirects: the verifier sees what the server answers.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
        RouteChecks checks = new RouteChecks(client, timeout, baseUrl, new PathSamples(samples), origin,
                allowUnsafeMethods, lines);
        for (ManifestRoute route : selected) {
            for (String method : route.httpMethods()) {
                checks.verify(route, method);
            }
        }
        return new VerificationReport(lines);
    }
}
