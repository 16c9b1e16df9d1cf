package dev.cordial.runtime.internal.routing;

import dev.cordial.Isolation;
import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.policy.CorsRules;
import dev.cordial.core.fetch.HttpMethods;
import dev.cordial.core.path.PathTemplate;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every resource method of one application, annotated or not, by path template and HTTP method:
 * what lets Cordial answer a preflight before Jakarta REST matches the request, and leave alone
 * the paths no annotated resource serves.
 *
 * <p>Filled at startup, one entry per resource method as the container configures it; read by
 * request threads through an immutable snapshot compiled on first use after the last addition.
 * Matching follows the two stages of Jakarta REST 3.7.2: the most specific resource template that
 * matches a prefix of the path, then the most specific method template that matches the rest.
 */
public final class RouteTable {

    /**
     * One resource method: {@code rules} is {@code null} when no {@code @AllowCredentials} covers it;
     * {@code servedMethods} lists the methods served at the same template under the same policy,
     * for {@code Access-Control-Allow-Methods}.
     */
    public record Entry(String httpMethod, CorsRules rules, String servedMethods, String declaredBy) {
        public Entry(String httpMethod, CorsRules rules, String servedMethods) {
            this(httpMethod, rules, servedMethods, null);
        }
    }

    private record MethodGroup(PathTemplate.Compiled template, List<Entry> entries) {}

    private record ClassGroup(PathTemplate.Compiled template, List<MethodGroup> methods) {}

    private final Map<String, Map<String, List<Entry>>> byTemplate = new LinkedHashMap<>();
    /** The resource method that put a policy on each (HTTP method, class and method template), for conflicts. */
    private final Map<String, String> declaredBy = new HashMap<>();

    private volatile List<ClassGroup> compiled;
    /** Whether some bound policy isolates (enforce or report-only): only then do other requests need a look-up. */
    private volatile boolean isolating;

    /** Adds one resource method; {@code classPath} and {@code methodPath} as written in {@code @Path}. */
    public void add(String classPath, String methodPath, String httpMethod, CorsRules rules) {
        add(classPath, methodPath, httpMethod, rules, null);
    }

    /**
     * Adds one resource method declared by {@code declaredBy} ({@code com.example.Orders.list()},
     * or {@code null} when unknown).
     *
     * @throws IllegalStateException if another resource method already put a different policy on
     *     the same HTTP method and template: a preflight could not tell which applies, so the
     *     application must not start. The processor refuses this within one compilation; this
     *     catches resources compiled apart (two jars, an incremental build).
     */
    public synchronized void add(String classPath, String methodPath, String httpMethod, CorsRules rules,
            String declaredBy) {
        if (rules != null && (rules.isolation() == Isolation.ENFORCE || rules.isolation() == Isolation.REPORT_ONLY)) {
            isolating = true;
        }
        String classTemplate = PathTemplate.normalize(classPath);
        String methodTemplate = PathTemplate.normalize(methodPath);
        List<Entry> entries = byTemplate.computeIfAbsent(classTemplate, k -> new LinkedHashMap<>())
                .computeIfAbsent(methodTemplate, k -> new ArrayList<>());
        String key = httpMethod + " " + classTemplate + " " + methodTemplate; // both already normalized
        // A route may be reported twice (by the binder and by the container's model): a policy wins.
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.httpMethod().equals(httpMethod)) {
                if (e.rules() == null && rules != null) {
                    entries.set(i, new Entry(httpMethod, rules, null, declaredBy));
                    this.declaredBy.put(key, declaredBy);
                    compiled = null;
                } else if (e.rules() != null && rules != null && !e.rules().samePolicy(rules)) {
                    throw new IllegalStateException(Messages.conflictingPolicies(httpMethod,
                            PathTemplate.asWritten(classPath, methodPath), describe(this.declaredBy.get(key), e.rules()),
                            describe(declaredBy, rules)));
                }
                return;
            }
        }
        entries.add(new Entry(httpMethod, rules, null, rules == null ? null : declaredBy));
        if (rules != null) {
            this.declaredBy.put(key, declaredBy);
        }
        compiled = null;
    }

    /** True once a policy that enforces or reports Fetch Metadata isolation covers a route. */
    public boolean isolating() {
        return isolating;
    }

    private static String describe(String declaredBy, CorsRules rules) {
        return (declaredBy == null ? "" : declaredBy + ": ") + rules;
    }

    /**
     * Every covered route with its resolved policy, origins from configuration filled in, one line
     * each, sorted: {@code GET /orders/{} -> CorsPolicy{origins=[...], ...}}.
     */
    public synchronized String dump() {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Entry>>> cls : byTemplate.entrySet()) {
            for (Map.Entry<String, List<Entry>> m : cls.getValue().entrySet()) {
                String template = PathTemplate.join(cls.getKey(), m.getKey());
                for (Entry e : m.getValue()) {
                    if (e.rules() != null) {
                        lines.add(e.httpMethod() + " " + template + " -> " + e.rules());
                    }
                }
            }
        }
        Collections.sort(lines);
        return Messages.routeDump(lines);
    }

    /**
     * The resource methods Jakarta REST would choose among for this request: all those at the
     * best-matching template, whatever their HTTP method. When the raw path needs nothing stripped
     * or decoded (the common case) it is matched in place, without copying it.
     */
    public List<Entry> candidates(UriInfo uriInfo) {
        String raw = uriInfo.getRequestUri().getRawPath();
        int from = RequestPath.plainStart(raw, uriInfo.getBaseUri().getRawPath());
        return from >= 0 ? candidates(raw, from) : candidates(RequestPath.of(uriInfo), 0);
    }

    /**
     * The resource methods Jakarta REST would choose among for {@code path} (relative to the
     * application path): all those at the best-matching template, whatever their HTTP method.
     */
    public List<Entry> candidates(String path) {
        return candidates(path.startsWith("/") ? path : "/" + path, 0);
    }

    /** {@link #candidates(String)} for the part of {@code path} from {@code from}, which starts with "/". */
    private List<Entry> candidates(String path, int from) {
        ClassGroup bestClass = null;
        String rest = null;
        List<ClassGroup> groups = snapshot();
        // Indexed loops here and below: called on every preflight, and an iterator is an allocation.
        for (int i = 0; i < groups.size(); i++) {
            ClassGroup group = groups.get(i);
            rest = group.template().matchPrefix(path, from);
            if (rest != null) {
                bestClass = group;
                break; // groups are sorted most specific first
            }
        }
        if (bestClass == null) {
            return List.of();
        }
        List<MethodGroup> methods = bestClass.methods();
        for (int i = 0; i < methods.size(); i++) {
            MethodGroup method = methods.get(i);
            if (method.template().matchWhole(rest.isEmpty() ? "/" : rest)) {
                return method.entries();
            }
        }
        return List.of();
    }

    /** True if a policy covers any of {@code candidates}. */
    public static boolean anyAnnotated(List<Entry> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).rules() != null) {
                return true;
            }
        }
        return false;
    }

    /** The entry serving {@code httpMethod} among {@code candidates}; HEAD falls back to GET. */
    public static Entry forMethod(List<Entry> candidates, String httpMethod) {
        for (int i = 0; i < candidates.size(); i++) {
            Entry e = candidates.get(i);
            if (e.httpMethod().equals(httpMethod)) {
                return e;
            }
        }
        String fallback = HttpMethods.servedInstead(httpMethod);
        return fallback == null ? null : forMethod(candidates, fallback);
    }

    private List<ClassGroup> snapshot() {
        List<ClassGroup> c = compiled;
        if (c == null) {
            synchronized (this) {
                c = compiled;
                if (c == null) {
                    c = compile();
                    compiled = c;
                }
            }
        }
        return c;
    }

    /** The entries of one template, each told which methods its policy serves there. */
    private static List<Entry> withServedMethods(List<Entry> entries) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            String served = null;
            if (e.rules() != null) {
                Set<String> names = new java.util.LinkedHashSet<>();
                for (Entry other : entries) {
                    if (e.rules().samePolicy(other.rules()) && e.rules().allowsMethod(other.httpMethod())) {
                        names.add(other.httpMethod());
                    }
                }
                served = String.join(", ", names);
            }
            out.add(new Entry(e.httpMethod(), e.rules(), served, e.declaredBy()));
        }
        return List.copyOf(out);
    }

    private List<ClassGroup> compile() {
        List<ClassGroup> groups = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<Entry>>> cls : byTemplate.entrySet()) {
            List<MethodGroup> methods = new ArrayList<>();
            for (Map.Entry<String, List<Entry>> m : cls.getValue().entrySet()) {
                methods.add(new MethodGroup(PathTemplate.compile(m.getKey(), "/?"), withServedMethods(m.getValue())));
            }
            methods.sort((a, b) -> a.template().compareTo(b.template()));
            groups.add(new ClassGroup(PathTemplate.compile(cls.getKey(), "(/.*)?"), List.copyOf(methods)));
        }
        groups.sort((a, b) -> a.template().compareTo(b.template()));
        return List.copyOf(groups);
    }
}
