package dev.cordial.bench;

import dev.cordial.runtime.CordialFilter;
import dev.cordial.runtime.internal.filter.PreflightFilter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hostile suite's oversized headers: an 8 KiB Origin on an actual request and a 64 KiB
 * Access-Control-Request-Headers on a preflight. Each header value is a new String every time, as
 * a container would hand it over, so no cached hash code flatters the figure.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class OversizedBenchmark {

    private static final char[] BIG_ORIGIN = ("https://" + "a".repeat(8 * 1024) + ".example.com").toCharArray();
    private static final char[] BIG_LIST = String.join(",", java.util.Collections.nCopies(64 * 1024 / 8, "x-aaaaa"))
            .toCharArray();

    private final FakeContexts ctx = new FakeContexts();
    private final CordialFilter cordial = Filters.cordial();
    private final PreflightFilter preflight = Filters.cordialPreflight();

    @Benchmark
    public Object origin8KiB() {
        ctx.reset("Origin", new String(BIG_ORIGIN));
        cordial.filter(ctx.request);
        cordial.filter(ctx.request, ctx.response);
        return ctx.responseHeaders;
    }

    @Benchmark
    public Object requestHeaders64KiB() {
        ctx.reset("Origin", Filters.ALLOWED, "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", new String(BIG_LIST));
        ctx.method = "OPTIONS";
        preflight.filter(ctx.request);
        return ctx.aborted;
    }
}
