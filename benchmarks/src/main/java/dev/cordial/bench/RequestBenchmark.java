package dev.cordial.bench;

import dev.cordial.runtime.CordialFilter;
import jakarta.ws.rs.ForbiddenException;
import java.io.IOException;
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
 * same (possibly aborted) exchange, as a container runs them. Same contexts for all three.
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
        cordial.filter(ctx.request);
        cordial.filter(ctx.request, ctx.response);
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
}
