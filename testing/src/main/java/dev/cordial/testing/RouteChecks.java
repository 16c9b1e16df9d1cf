package dev.cordial.testing;

import dev.cordial.core.fetch.HttpTokens;
import dev.cordial.core.manifest.ManifestRoute;
import static dev.cordial.testing.Exchange.ACAC;
import static dev.cordial.testing.Exchange.ACAH;
import static dev.cordial.testing.Exchange.ACAM;
import static dev.cordial.testing.Exchange.ACAO;
import static dev.cordial.testing.Exchange.REFUSAL;

import dev.cordial.testing.VerificationReport.Line;
import dev.cordial.testing.VerificationReport.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of one route and HTTP method, each the browser's view of one request: whether a script
 * of that origin could read the credentialed response. Each check adds one {@link Line} with the
 * request and the headers that decided it.
 */
final class RouteChecks {

    private final HttpClient client;
    private final Duration timeout;
    private final URI baseUrl;
    private final PathSamples samples;
    private final boolean allowUnsafeMethods;
    private final List<Line> lines;
    private boolean probed;

    RouteChecks(HttpClient client, Duration timeout, URI baseUrl, PathSamples samples,
            boolean allowUnsafeMethods, List<Line> lines) {
        this.client = client;
        this.timeout = timeout;
        this.baseUrl = baseUrl;
        this.samples = samples;
        this.allowUnsafeMethods = allowUnsafeMethods;
        this.lines = lines;
    }

    /**
     * @param route the policy as the deployment runs it, with its {@code originsProperty}'s origins
     * @param origin the allowed origin to send, {@code null} when none is known
     * @param noOrigin why none is known, for the WARN line
     */
    void verify(ManifestRoute route, String method, String origin, String noOrigin) {
        String name = method + " " + route.template();
        if (route.dangerouslyAllowCleartextOrigins()) {
            lines.add(new Line(Outcome.WARN, name, "cleartext", "the policy tolerates http:// origins outside loopback"
                    + " (dangerouslyAllowCleartextOrigins = true): a network attacker who rewrites such a page reads"
                    + " this route with the user's cookies", ""));
        }
        boolean safe = method.equals("GET") || method.equals("HEAD");
        if (!safe && !allowUnsafeMethods) {
            lines.add(new Line(Outcome.SKIP, name, "all", "not GET or HEAD; allow unsafe methods to check its preflight", ""));
            return;
        }
        String path = samples.pathFor(route.template());
        if (path == null) {
            lines.add(new Line(Outcome.WARN, name, "all", "no sample value fits a path variable; give a sample path", ""));
            return;
        }
        if (origin == null) {
            lines.add(new Line(Outcome.WARN, name, "all", noOrigin, ""));
            return;
        }
        URI uri = baseUrl.resolve(path);
        boolean preflighted = !method.equals("HEAD"); // browsers never preflight HEAD: it is a simple method
        if (!route.allowsMethod(method)) {
            // The resource serves the method, but the policy keeps other origins from using it.
            if (safe) {
                refused(name, "method-refused", send(method, uri, Map.of("Origin", origin)));
            }
            refused(name, "method-refused-preflight", preflight(route, method, uri, origin));
            return;
        }
        if (safe) {
            Exchange actual = send(method, uri, Map.of("Origin", origin));
            allowed(name, route, actual, origin);
            readable401(name, route, actual, origin);
        }
        if (preflighted) {
            approved(name, route, method, preflight(route, method, uri, origin), origin);
        }
        if (route.anyOrigin()) {
            return; // every origin is let in, without credentials: no look-alike to refuse
        }
        LookAlikes.of(origin, route).forEach((kind, lookAlike) -> {
            if (safe) {
                refused(name, "refused[" + kind + "]", send(method, uri, Map.of("Origin", lookAlike)));
            }
            if (preflighted) {
                refused(name, "refused-preflight[" + kind + "]", preflight(route, method, uri, lookAlike));
            }
        });
        if (safe) {
            refused(name, "no-origin", send(method, uri, Map.of()));
        }
    }

    private void allowed(String name, ManifestRoute route, Exchange r, String origin) {
        List<String> problems = new ArrayList<>();
        expectOriginAndCredentials(route, r, origin, problems);
        if (!route.anyOrigin() && !r.listsIgnoringCase("Vary", "Origin")) {
            problems.add("expected Vary to list Origin (else caches serve one origin's answer to another)");
        }
        add(name, "allowed-origin", r, problems, ACAO, ACAC, "Vary");
    }

    /**
     * With credentials: exactly the origin and {@code ACAC: true}. Without: the origin, or {@code *}
     * for a policy of any origin, and never {@code ACAC}, which would let a listed site ride the session.
     */
    private static void expectOriginAndCredentials(ManifestRoute route, Exchange r, String origin,
            List<String> problems) {
        String expected = route.anyOrigin() ? HttpTokens.WILDCARD : origin;
        if (!r.values(ACAO).equals(List.of(expected))) {
            problems.add("expected exactly one " + ACAO + ": " + expected);
        }
        if (route.credentials() && !r.values(ACAC).equals(List.of("true"))) {
            problems.add("expected one " + ACAC + ": true");
        }
        if (!route.credentials() && !r.values(ACAC).isEmpty()) {
            problems.add("expected no " + ACAC + " on a route without credentials (@AllowWithoutCredentials)");
        }
    }

    /** A 401 the script cannot read leaves it unable to tell "log in" from a network error. */
    private void readable401(String name, ManifestRoute route, Exchange r, String origin) {
        List<String> problems = new ArrayList<>();
        if (r.status() == 401) {
            List<String> found = new ArrayList<>();
            expectOriginAndCredentials(route, r, origin, found);
            if (!found.isEmpty()) {
                problems.add(route.credentials()
                        ? "a 401 without credentials must carry " + ACAO + " and " + ACAC + " so that the script can read it"
                        : "a 401 must carry " + ACAO + " and no " + ACAC + " so that the script can read it");
            }
        }
        add(name, "readable-401", r, problems, ACAO, ACAC);
    }

    private void approved(String name, ManifestRoute route, String method, Exchange r, String origin) {
        List<String> problems = new ArrayList<>();
        if (r.status() < 200 || r.status() > 299) {
            problems.add("expected a 2xx preflight answer, before authentication");
        }
        expectOriginAndCredentials(route, r, origin, problems);
        if (!r.tokens(ACAM).contains(method)) {
            problems.add("expected " + ACAM + " to list " + method);
        }
        for (String header : route.allowHeaders()) {
            if (!header.equals(HttpTokens.WILDCARD) && !r.listsIgnoringCase(ACAH, header)) {
                problems.add("expected " + ACAH + " to list " + header);
            }
        }
        add(name, "preflight", r, problems, ACAO, ACAC, ACAM, ACAH);
    }

    private void refused(String name, String check, Exchange r) {
        List<String> problems = new ArrayList<>();
        if (!r.values(ACAO).isEmpty() || !r.values(ACAC).isEmpty()) {
            problems.add("expected no " + ACAO + " or " + ACAC + " for "
                    + (r.sent().containsKey("Origin") ? "Origin " + r.sent().get("Origin") : "a request without Origin"));
        }
        if (!r.values(REFUSAL).isEmpty()) {
            problems.add("Cordial's debug mode is on (" + REFUSAL + ": " + r.values(REFUSAL).get(0)
                    + "): it tells any caller why it was refused; set dev.cordial.debug=false in production");
        }
        add(name, check, r, problems, ACAO, ACAC, REFUSAL);
    }

    /** A preflight as a browser sends it: no cookies, the method, the policy's headers lowercased and sorted. */
    private Exchange preflight(ManifestRoute route, String method, URI uri, String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Origin", origin);
        headers.put("Access-Control-Request-Method", method);
        List<String> named = route.allowHeaders().stream().filter(h -> !h.equals(HttpTokens.WILDCARD))
                .map(h -> h.toLowerCase(Locale.ROOT)).sorted().toList();
        if (!named.isEmpty()) {
            headers.put("Access-Control-Request-Headers", String.join(",", named));
        }
        return send("OPTIONS", uri, headers);
    }

    private Exchange send(String method, URI uri, Map<String, String> headers) {
        if (!probed) {
            // Before the first request: a base URL that does not answer at all would fail every check
            // with "no response"; one line saying so is what the reader needs.
            probed = true;
            Exchange probe = Exchange.send(client, "GET", baseUrl, Map.of(), timeout);
            if (probe.error() != null) {
                throw new Unreachable("cannot reach " + baseUrl + ": " + probe.error());
            }
        }
        return Exchange.send(client, method, uri, headers, timeout);
    }

    /** The base URL gave no response at all, to the first request the checks sent. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message, null, false, false);
        }
    }

    /** No response at all fails every check: a refusal proven by a dead server proves nothing. */
    private void add(String name, String check, Exchange r, List<String> problems, String... shown) {
        if (r.error() != null) {
            problems = List.of("no response");
        }
        lines.add(new Line(problems.isEmpty() ? Outcome.PASS : Outcome.FAIL, name, check,
                String.join("; ", problems), r.evidence(shown)));
    }
}
