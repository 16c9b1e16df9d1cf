package dev.cordial.runtime.internal.policy;

import dev.cordial.runtime.internal.http.CorsHeaders;
import dev.cordial.runtime.internal.http.PreflightHeaders;
import dev.cordial.Isolation;
import dev.cordial.core.fetch.FetchMetadata;
import dev.cordial.core.fetch.HttpMethods;
import dev.cordial.core.fetch.HttpTokens;
import dev.cordial.core.origin.OriginMatcher;
import dev.cordial.core.origin.OriginSyntax;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One policy, prepared once at startup for request time: the origin matcher, the method and
 * header sets, and every header value precomputed. Immutable; shared by the filters of all the
 * resource methods the policy covers.
 */
public final class CorsRules {

    /**
     * Request property set when the pre-matching filter has already applied Fetch Metadata
     * isolation to the request (refused it, or reported it in report-only mode).
     */
    public static final String ISOLATION_DECIDED = "dev.cordial.isolation.decided";
    /** Request property set on a request Fetch Metadata isolation refused: its 403 earns no CORS header. */
    public static final String ISOLATION_REFUSED = "dev.cordial.isolation.refused";

    /** Most names an {@code Access-Control-Request-Headers} may list; more is refused with 403. */
    public static final int MAX_REQUEST_HEADERS = 64;
    /** Longest {@code Access-Control-Request-Headers} value read; longer is refused with 403. */
    public static final int MAX_REQUEST_HEADERS_LENGTH = 4096;

    private static final String PREFLIGHT_VARY = CorsHeaders.ORIGIN + ", " + CorsHeaders.REQUEST_METHOD + ", "
            + CorsHeaders.REQUEST_HEADERS;
    /** What an isolated route's answers also depend on. */
    private static final String ISOLATION_VARY = FetchMetadata.SITE + ", " + FetchMetadata.MODE + ", "
            + FetchMetadata.DEST;

    /** By policy. Policies come from annotations and configuration, so there are few of them. */
    private static final java.util.concurrent.ConcurrentMap<Policy, CorsRules> PREPARED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Policy policy;
    /** {@code null} when the policy allows any origin. */
    private final OriginMatcher matcher;
    private final boolean credentials;
    /** {@code allowHeaders} holds {@code *}: any name but {@code Authorization} (unless listed too). */
    private final boolean anyHeader;
    private final Set<String> methods;
    private final Set<String> allowHeadersLower;
    private final String allowHeaders;
    private final String exposeHeaders;
    private final String maxAge;
    /** {@code Vary} of an isolating route's response that had none: the Fetch Metadata headers, and {@code Origin} if listed. */
    private final String isolationVary;

    private CorsRules(Policy policy) {
        this.policy = policy;
        this.matcher = policy.anyOrigin() ? null : OriginMatcher.of(policy.origins());
        this.credentials = policy.credentials();
        this.methods = Set.copyOf(policy.methods());
        Set<String> lower = new HashSet<>();
        policy.allowHeaders().forEach(h -> lower.add(h.toLowerCase(Locale.ROOT)));
        this.anyHeader = !credentials && lower.remove(Policy.ANY);
        this.allowHeadersLower = Set.copyOf(lower);
        List<String> named = policy.allowHeaders().stream().filter(h -> !h.equals(Policy.ANY)).toList();
        this.allowHeaders = named.isEmpty() ? null : String.join(", ", named);
        this.exposeHeaders = policy.exposeHeaders().isEmpty() ? null : String.join(", ", policy.exposeHeaders());
        this.maxAge = policy.maxAge() >= 0 ? Integer.toString(policy.maxAge()) : null;
        this.isolationVary = matcher == null ? ISOLATION_VARY : CorsHeaders.ORIGIN + ", " + ISOLATION_VARY;
    }

    /**
     * The rules for {@code policy}. Equal policies share one immutable instance: the binder asks once
     * per resource method, and preparing a policy (checking and indexing its origins) is the costly
     * part of startup that does not depend on the method.
     */
    public static CorsRules of(Policy policy) {
        CorsRules rules = PREPARED.get(policy);
        if (rules == null) {
            rules = new CorsRules(policy); // outside computeIfAbsent: an invalid origin throws, and is not cached
            CorsRules raced = PREPARED.putIfAbsent(policy, rules);
            return raced != null ? raced : rules;
        }
        return rules;
    }

    /** The policy these rules apply, origins from configuration included, for the startup dump. */
    @Override
    public String toString() {
        return policy.toString();
    }

    /** True if both apply the same policy (same origins, methods, headers and max-age). */
    public boolean samePolicy(CorsRules other) {
        return other != null && policy.equals(other.policy);
    }

    public boolean allowsOrigin(String origin) {
        return matcher == null ? origin != null : matcher.allows(origin);
    }

    /** {@code true} for {@code @AllowCredentials}. */
    public boolean credentials() {
        return credentials;
    }

    /** Fetch Metadata isolation, as the binder resolved it. */
    public Isolation isolation() {
        return policy.isolation();
    }

    /**
     * Whether Fetch Metadata isolation (in whichever mode, never {@code OFF}) would refuse the
     * request: a cross-site load that is neither a CORS request nor a top-level navigation.
     */
    private boolean isolationRefuses(ContainerRequestContext request) {
        Isolation mode = policy.isolation();
        return (mode == Isolation.ENFORCE || mode == Isolation.REPORT_ONLY)
                && request.getProperty(ISOLATION_DECIDED) == null
                && !FetchMetadata.allows(request.getMethod(), request.getHeaderString(FetchMetadata.SITE),
                        request.getHeaderString(FetchMetadata.MODE), request.getHeaderString(FetchMetadata.DEST));
    }

    /**
     * Applies Fetch Metadata isolation to an actual request, once: the first filter to see a request
     * isolation would refuse marks it decided, then reports it (report-only) or aborts it with the
     * 403 and logs the refusal (enforce).
     *
     * @param route the route and resource method, for the log
     * @return {@code false} when the request was aborted
     */
    public boolean isolate(ContainerRequestContext request, String route, Refusals refusals) {
        if (!isolationRefuses(request)) {
            return true;
        }
        request.setProperty(ISOLATION_DECIDED, Boolean.TRUE);
        if (policy.isolation() == Isolation.REPORT_ONLY) {
            refusals.reportOnly(route, request.getMethod(), isolationRefusal(request));
            return true;
        }
        request.setProperty(ISOLATION_REFUSED, Boolean.TRUE);
        Response forbidden = forbiddenByIsolation();
        request.abortWith(!refusals.wanted() ? forbidden
                : refusals.refuse(forbidden, route, request.getMethod(), isolationRefusal(request)));
        return false;
    }

    /** Why isolation refuses the request, for the log and debug mode. */
    private static String isolationRefusal(ContainerRequestContext request) {
        return "Fetch Metadata isolation: a cross-site request (" + FetchMetadata.SITE + " "
                + Refusals.shown(request.getHeaderString(FetchMetadata.SITE)) + ", " + FetchMetadata.MODE + " "
                + Refusals.shown(request.getHeaderString(FetchMetadata.MODE)) + ", " + FetchMetadata.DEST + " "
                + Refusals.shown(request.getHeaderString(FetchMetadata.DEST))
                + ") that is neither a CORS request nor a top-level navigation";
    }

    /** Case-sensitive; HEAD is allowed wherever GET is, as Jakarta REST serves it for GET. */
    public boolean allowsMethod(String method) {
        return HttpMethods.covers(methods, method);
    }

    /**
     * False when the request carries more than one {@code Origin} header, or one that is not the
     * request's own origin and is either not allowed or uses a method the policy does not allow
     * (a simple cross-origin POST runs without a preflight, so only the server can refuse it).
     */
    public boolean acceptsActualRequest(ContainerRequestContext request) {
        List<String> origins = request.getHeaders().get(CorsHeaders.ORIGIN);
        if (origins == null || origins.isEmpty()) {
            return true;
        }
        String origin = origins.size() == 1 ? origins.get(0) : null;
        if (allowsOrigin(origin) && allowsMethod(request.getMethod())) {
            return true;
        }
        // Only now the costlier same-origin test: browsers send Origin on same-origin POSTs too.
        return origin != null && CorsHeaders.isSameOrigin(origin, request.getUriInfo());
    }

    /**
     * {@code Vary: Origin} unless any origin is allowed (the answer is then the same for every
     * origin); the Fetch Metadata headers in {@code Vary} when isolation is enforced; ACAO, ACAC (with
     * credentials only) and expose headers for an allowed origin and method, and {@code *} for any origin.
     */
    public void addActualHeaders(ContainerRequestContext request, MultivaluedMap<String, Object> headers) {
        if (policy.isolation() == Isolation.ENFORCE && request.getProperty(ISOLATION_REFUSED) != null) {
            CorsHeaders.removeEarned(headers); // its 403 carries its Vary already
            return;
        }
        boolean varyDone = false;
        if (policy.isolation() == Isolation.ENFORCE) {
            List<Object> vary = headers.get(CorsHeaders.VARY);
            if (vary == null || vary.isEmpty()) {
                // The usual case, in one write: three merges would parse and rebuild Vary three times.
                CorsHeaders.set(headers, CorsHeaders.VARY, isolationVary);
                varyDone = true;
            } else {
                CorsHeaders.addVary(headers, FetchMetadata.SITE);
                CorsHeaders.addVary(headers, FetchMetadata.MODE);
                CorsHeaders.addVary(headers, FetchMetadata.DEST);
            }
        }
        if (matcher == null) {
            CorsHeaders.removeEarned(headers);
            if (!allowsMethod(request.getMethod())) {
                // Refused with a 403 when it carries an Origin, served without: the answer depends on Origin.
                if (!varyDone) {
                    CorsHeaders.addVary(headers, CorsHeaders.ORIGIN);
                }
                return;
            }
            CorsHeaders.set(headers, CorsHeaders.ALLOW_ORIGIN, Policy.ANY);
            if (exposeHeaders != null) {
                CorsHeaders.set(headers, CorsHeaders.EXPOSE_HEADERS, exposeHeaders);
            }
            return;
        }
        if (!varyDone) {
            CorsHeaders.addVary(headers, CorsHeaders.ORIGIN);
        }
        String origin = CorsHeaders.singleOrigin(request);
        if (origin == null || !matcher.allows(origin) || !allowsMethod(request.getMethod())) {
            CorsHeaders.removeEarned(headers);
            return;
        }
        CorsHeaders.set(headers, CorsHeaders.ALLOW_ORIGIN, origin);
        if (credentials) {
            CorsHeaders.set(headers, CorsHeaders.ALLOW_CREDENTIALS, "true");
        } else {
            headers.remove(CorsHeaders.ALLOW_CREDENTIALS);
        }
        if (exposeHeaders != null) {
            CorsHeaders.set(headers, CorsHeaders.EXPOSE_HEADERS, exposeHeaders);
        } else {
            headers.remove(CorsHeaders.EXPOSE_HEADERS);
        }
    }

    /**
     * The answer to a preflight this policy governs: 204 with the CORS headers when the origin,
     * the method and every requested header are allowed, else 403 without them.
     *
     * @param servedMethods {@code Access-Control-Allow-Methods}: the methods served at the requested
     *     path under this policy, not every method the policy lists
     */
    public Response preflight(String origin, String method, List<String> requestHeaderLines, String servedMethods) {
        if (origin == null || !allowsOrigin(origin) || !allowsMethod(method)) {
            return forbiddenPreflight(credentials);
        }
        String safelistedExtras = checkRequestHeaders(requestHeaderLines);
        if (safelistedExtras == null) {
            return forbiddenPreflight(credentials);
        }
        String headers = allowHeaders;
        if (!safelistedExtras.isEmpty()) {
            headers = headers == null ? safelistedExtras : headers + ", " + safelistedExtras;
        }
        // This order, not the alphabetical one: RESTEasy keeps response headers in a case-insensitive
        // tree map, and inserted in this order its comparisons walk the long shared "Access-Control-"
        // prefix about a sixth less often (docs/BENCHMARKS.md). Header order means nothing in HTTP.
        PreflightHeaders answer = new PreflightHeaders(6);
        answer.add(CorsHeaders.ALLOW_METHODS, servedMethods);
        if (credentials) {
            answer.add(CorsHeaders.ALLOW_CREDENTIALS, "true");
        }
        if (maxAge != null) {
            answer.add(CorsHeaders.MAX_AGE, maxAge);
        }
        answer.add(CorsHeaders.VARY, PREFLIGHT_VARY);
        if (headers != null) {
            answer.add(CorsHeaders.ALLOW_HEADERS, headers);
        }
        answer.add(CorsHeaders.ALLOW_ORIGIN, matcher == null ? Policy.ANY : origin);
        return Response.noContent().replaceAll(answer).build();
    }

    /** A 403 with no CORS headers, only {@code Vary}. */
    public static Response forbidden(String vary) {
        return forbidden(vary, true);
    }

    /** A 403 with no CORS headers, only {@code Vary}, worded for a policy with or without credentials. */
    public static Response forbidden(String vary, boolean credentials) {
        return Response.status(Response.Status.FORBIDDEN)
                .header(CorsHeaders.VARY, vary)
                .type("text/plain")
                .entity(credentials ? "CORS: this origin may not call this resource with credentials"
                        : "CORS: this origin may not call this resource")
                .build();
    }

    /** The 403 for a request this policy refuses before its resource method runs. */
    public Response forbiddenActual() {
        return forbidden(CorsHeaders.ORIGIN, credentials);
    }

    /** The 403 for a request Fetch Metadata isolation refuses. */
    private Response forbiddenByIsolation() {
        return Response.status(Response.Status.FORBIDDEN)
                .header(CorsHeaders.VARY, isolationVary)
                .type("text/plain")
                .entity("Cross-site request refused by Fetch Metadata isolation")
                .build();
    }

    /** A 403 for a preflight no policy approves. */
    public static Response forbiddenPreflight() {
        return forbidden(PREFLIGHT_VARY);
    }

    private static Response forbiddenPreflight(boolean credentials) {
        return forbidden(PREFLIGHT_VARY, credentials);
    }

    /**
     * Checks every name of {@code Access-Control-Request-Headers} (all its lines) against this
     * policy, without building a list: a preflight's common case allocates nothing here.
     *
     * @return {@code null} to refuse (oversized, too many names, not an HTTP token, or a name neither
     *     allowed nor CORS-safelisted); else the safelisted names the policy does not list, each once,
     *     comma-separated, usually {@code ""}
     */
    private String checkRequestHeaders(List<String> lines) {
        return scanRequestHeaders(lines, false);
    }

    /**
     * One pass over {@code Access-Control-Request-Headers}: with {@code explain} false, what
     * {@link #checkRequestHeaders} answers; with it true, why the names are refused, or {@code null}.
     */
    private String scanRequestHeaders(List<String> lines, boolean explain) {
        if (lines == null) {
            return explain ? null : "";
        }
        String extras = "";
        int length = 0;
        int count = 0;
        for (String line : lines) {
            length += line.length();
            if (length > MAX_REQUEST_HEADERS_LENGTH) {
                return explain ? "Access-Control-Request-Headers is longer than " + MAX_REQUEST_HEADERS_LENGTH
                        + " characters" : null;
            }
            for (int i = 0; i <= line.length(); ) {
                int end = line.indexOf(',', i);
                if (end < 0) {
                    end = line.length();
                }
                int from = i;
                int to = end;
                i = end + 1;
                while (from < to && isOws(line.charAt(from))) {
                    from++;
                }
                while (to > from && isOws(line.charAt(to - 1))) {
                    to--;
                }
                if (from == to) {
                    continue; // an empty element ("a,,b", a trailing comma)
                }
                String name = line.substring(from, to); // the line itself when it is one name
                if (++count > MAX_REQUEST_HEADERS) {
                    return explain ? "Access-Control-Request-Headers lists more than " + MAX_REQUEST_HEADERS + " names"
                            : null;
                }
                if (allowHeadersLower.contains(name)) {
                    continue; // as browsers send it, lowercase: an allowed name, so a token
                }
                if (!HttpTokens.isToken(name)) {
                    return explain ? "request header name " + Refusals.shown(name) + " is not an HTTP token" : null;
                }
                String lower = name.toLowerCase(Locale.ROOT); // the same string when already lowercase
                if (!lower.equals(name) && allowHeadersLower.contains(lower)) {
                    continue; // a lowercase name was looked up above
                }
                if (anyHeader && HttpTokens.wildcardCovers(lower)) {
                    if (!(", " + extras + ", ").contains(", " + lower + ", ")) {
                        extras = extras.isEmpty() ? lower : extras + ", " + lower; // "*" answered as the names asked
                    }
                    continue;
                }
                if (!lower.equals("accept") && !lower.equals("accept-language") && !lower.equals("content-language")) {
                    return explain ? "request header " + Refusals.shown(name) + " is not allowed by this route's policy"
                            : null;
                }
                if (!(", " + extras + ", ").contains(", " + lower + ", ")) {
                    extras = extras.isEmpty() ? lower : extras + ", " + lower; // a name listed twice is approved once
                }
            }
        }
        return explain ? null : extras;
    }

    /**
     * Why {@link #acceptsActualRequest} refused {@code request}. Only asked when the reason is used
     * (the refusal logger or debug mode is on), so the refusal path costs nothing more otherwise.
     */
    public String actualRefusal(ContainerRequestContext request) {
        List<String> origins = request.getHeaders().get(CorsHeaders.ORIGIN);
        if (origins != null && origins.size() > 1) {
            return "more than one Origin header (" + origins.size() + ")";
        }
        String refusal = originOrMethodRefusal(origins == null || origins.isEmpty() ? null : origins.get(0),
                request.getMethod());
        return refusal != null ? refusal : "refused";
    }

    /** Why {@link #preflight} refused: the origin, the requested method, or a requested header. */
    public String preflightRefusal(String origin, int originHeaders, String method, List<String> requestHeaderLines) {
        if (originHeaders > 1) {
            return "more than one Origin header (" + originHeaders + ")";
        }
        String refusal = originOrMethodRefusal(origin, method);
        if (refusal != null) {
            return refusal;
        }
        refusal = scanRequestHeaders(requestHeaderLines, true);
        return refusal != null ? refusal : "refused";
    }

    private String originOrMethodRefusal(String origin, String method) {
        if (OriginSyntax.parseRequestOrigin(origin) == null) {
            return "Origin " + Refusals.shown(origin) + " is not one serialized origin";
        }
        if (!allowsOrigin(origin)) {
            return "origin " + Refusals.shown(origin) + " is not allowed by this route's policy";
        }
        if (!allowsMethod(method)) {
            return "method " + Refusals.shown(method) + " is not allowed by this route's policy (allowed: "
                    + String.join(", ", new java.util.TreeSet<>(methods)) + ")";
        }
        return null;
    }

    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }
}
