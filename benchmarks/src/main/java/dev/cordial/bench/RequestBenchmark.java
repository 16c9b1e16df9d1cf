package dev.cordial.bench;

import dev.cordial.runtime.internal.filter.FallbackResponseFilter;
import dev.cordial.runtime.internal.filter.PreflightFilter;
import dev.cordial.runtime.internal.routing.RouteTable;
import dev.cordial.runtime.CordialFilter;
import jakarta.ws.rs.ForbiddenException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.plugins.interceptors.CorsFilter;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One actual request through each filter: the request filter, then the response filter on the
 * same (possibly aborted) exchange, as a container runs them. Same contexts for all. Cordial's
 * figure is everything Cordial runs on an actual request: its pre-matching filter (which every
 * request passes), the generated filter bound to the resource method (request and response), and
 * the fallback response filter (which returns at once for a matched request).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class RequestBenchmark {

    @Param({"allowed", "disallowed", "none"})
    public String origin;

    private String originValue;
    private final FakeContexts ctx = new FakeContexts();
    private final CordialFilter cordial = Filters.cordial();
    private final CorsFilter resteasy = Filters.resteasy();
    private final FloorFilter floor = Filters.floor();
    private final FloorFilter varyFloor = Filters.varyFloor();
    private final RouteTable routes = Filters.routes();
    private final PreflightFilter preMatching = Filters.preflight(routes);
    private final FallbackResponseFilter fallback = new FallbackResponseFilter(routes);
    private static final List<Object> MATCHED = List.of(new BenchResource());

    @Setup
    public void setup() {
        originValue = switch (origin) {
            case "allowed" -> Filters.ALLOWED;
            case "disallowed" -> "https://evil.example.com";
            default -> null;
        };
    }

    @Benchmark
    public Object cordial() {
        ctx.reset("Origin", originValue);
        preMatching.filter(ctx.request);
        ctx.matchedResources = MATCHED;
        cordial.filter(ctx.request);
        cordial.filter(ctx.request, ctx.response);
        fallback.filter(ctx.request, ctx.response);
        return ctx.responseHeaders;
    }

    @Benchmark
    public Object resteasyCorsFilter(Blackhole bh) throws IOException {
        ctx.reset("Origin", originValue);
        try {
            resteasy.filter(ctx.request);
        } catch (ForbiddenException refused) {
            bh.consume(refused); // how RESTEasy's filter refuses; the container then maps it to a 403
        }
        resteasy.filter(ctx.request, ctx.response);
        return ctx.responseHeaders;
    }

    @Benchmark
    public Object floor() {
        ctx.reset("Origin", originValue);
        floor.filter(ctx.request);
        floor.filter(ctx.request, ctx.response);
        return ctx.responseHeaders;
    }

    /** The floor of the no-{@code Origin} path: only {@code Vary: Origin}, which Cordial must write too. */
    @Benchmark
    public Object varyFloor() {
        ctx.reset("Origin", originValue);
        varyFloor.filter(ctx.request);
        varyFloor.filter(ctx.request, ctx.response);
        return ctx.responseHeaders;
    }
}
