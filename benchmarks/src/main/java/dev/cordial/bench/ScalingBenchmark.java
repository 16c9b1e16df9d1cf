package dev.cordial.bench;

import dev.cordial.runtime.internal.policy.CorsRules;
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
 * An actual request's CORS work (accept, then write headers) as the policy grows: exact origins
 * (a member in the middle of the list, and a non-member) and patterns (matching the last one, the
 * worst case, and none).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScalingBenchmark {

    @State(Scope.Thread)
    public static class Exact {
        @Param({"1", "10", "100", "1000"})
        public int origins;
        CorsRules rules;
        String member;
        final FakeContexts ctx = new FakeContexts();

        @Setup
        public void setup() {
            rules = Filters.rules(origins, 0);
            member = "https://app" + (origins / 2) + ".example.com";
        }
    }

    @State(Scope.Thread)
    public static class Patterns {
        @Param({"1", "10", "100"})
        public int patterns;
        CorsRules rules;
        String match;
        String idnMatch;
        final FakeContexts ctx = new FakeContexts();

        @Setup
        public void setup() {
            rules = Filters.rules(0, patterns);
            match = "https://pr-1.tenant" + (patterns - 1) + ".example.com";
            idnMatch = "https://xn--fa-hia.tenant" + (patterns - 1) + ".example.com";
        }
    }

    private static Object request(CorsRules rules, FakeContexts ctx, String origin) {
        ctx.reset("Origin", origin);
        if (rules.acceptsActualRequest(ctx.request)) {
            rules.addActualHeaders(ctx.request, ctx.responseHeaders);
        }
        return ctx.responseHeaders;
    }

    @Benchmark
    public Object exactMember(Exact s) {
        return request(s.rules, s.ctx, s.member);
    }

    @Benchmark
    public Object exactNonMember(Exact s) {
        return request(s.rules, s.ctx, "https://evil.example.com");
    }

    @Benchmark
    public Object patternLastMatches(Patterns s) {
        return request(s.rules, s.ctx, s.match);
    }

    /** A subdomain in IDNA form: the request's host takes the Punycode and UTS #46 check of issue 21. */
    @Benchmark
    public Object patternIdnMatches(Patterns s) {
        return request(s.rules, s.ctx, s.idnMatch);
    }

    @Benchmark
    public Object patternNoneMatches(Patterns s) {
        return request(s.rules, s.ctx, "https://pr-1.evil.example.com");
    }
}
