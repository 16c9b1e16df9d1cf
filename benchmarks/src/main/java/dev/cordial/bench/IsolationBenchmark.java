package dev.cordial.bench;

import dev.cordial.runtime.CordialFilter;
import dev.cordial.runtime.internal.filter.FallbackResponseFilter;
import dev.cordial.runtime.internal.filter.PreflightFilter;
import dev.cordial.runtime.internal.routing.RouteTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What Fetch Metadata isolation costs an actual request: everything Cordial runs on one (as
 * {@code RequestBenchmark.cordial}), for the same policy with isolation off and enforced, and three
 * requests: a browser's allowed CORS fetch from another site (isolation reads its three headers and
 * lets it through), a request with no Fetch Metadata at all (curl, a server), and another site's
 * {@code <script src>} (refused under enforce, in the pre-matching filter).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class IsolationBenchmark {

    @Param({"off", "enforce"})
    public String isolation;

    @Param({"cors", "none", "script"})
    public String load;

    private String[] headers;
    private final FakeContexts ctx = new FakeContexts();
    private CordialFilter cordial;
    private PreflightFilter preMatching;
    private FallbackResponseFilter fallback;
    private List<Object> matched;

    @Setup
    public void setup() {
        boolean enforce = isolation.equals("enforce");
        cordial = enforce ? Filters.isolatedCordial() : Filters.cordial();
        RouteTable routes = enforce ? Filters.isolatedRoutes() : Filters.routes();
        preMatching = Filters.preflight(routes);
        fallback = new FallbackResponseFilter(routes);
        matched = List.of(enforce ? new IsolatedBenchResource() : new BenchResource());
        ctx.path = enforce ? "isolated" : "bench";
        headers = switch (load) {
            case "cors" -> new String[] {"Origin", Filters.ALLOWED, "Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode",
                "cors", "Sec-Fetch-Dest", "empty"};
            case "script" -> new String[] {"Sec-Fetch-Site", "cross-site", "Sec-Fetch-Mode", "no-cors",
                "Sec-Fetch-Dest", "script"};
            default -> new String[0];
        };
    }

    @Benchmark
    public Object cordial() {
        ctx.reset(headers);
        preMatching.filter(ctx.request);
        if (ctx.aborted == null) { // refused before matching: no resource, so no bound filter runs
            ctx.matchedResources = matched;
            cordial.filter(ctx.request);
            cordial.filter(ctx.request, ctx.response);
        }
        fallback.filter(ctx.request, ctx.response);
        return ctx.aborted != null ? ctx.aborted : ctx.responseHeaders;
    }
}
