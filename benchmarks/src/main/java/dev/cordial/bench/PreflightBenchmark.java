package dev.cordial.bench;

import dev.cordial.runtime.internal.filter.PreflightFilter;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One preflight (OPTIONS, Origin, Access-Control-Request-Method and -Headers) answered by each filter. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class PreflightBenchmark {

    @Param({"allowed", "disallowed"})
    public String origin;

    private final FakeContexts ctx = new FakeContexts();
    private final PreflightFilter cordial = Filters.cordialPreflight();
    private final CorsFilter resteasy = Filters.resteasy();

    private void preflight() {
        ctx.reset("Origin", origin.equals("allowed") ? Filters.ALLOWED : "https://evil.example.com",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        ctx.method = "OPTIONS";
    }

    @Benchmark
    public Object cordial() {
        preflight();
        cordial.filter(ctx.request);
        return ctx.aborted;
    }

    @Benchmark
    public Object resteasyCorsFilter() throws IOException {
        preflight();
        try {
            resteasy.filter(ctx.request);
        } catch (jakarta.ws.rs.ForbiddenException refused) {
            return refused;
        }
        return ctx.aborted;
    }
}
