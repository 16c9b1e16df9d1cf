package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 32 client threads x 5,000 requests each, mixing allowed and hostile origins across resources
 * with different policies: every response must carry exactly its own request's origin when that
 * origin is allowed for that resource, and none otherwise. Bounded in count; stops by itself.
 */
@Tag("load")
public abstract class ConcurrencyContract extends ServerCase {

    private static final int THREADS = 32;
    private static final int REQUESTS_PER_THREAD = 5_000;

    @Override
    protected Application application() {
        return new HostileApp();
    }

    /** Origins every thread draws from: each shape's allowed one, and lookalikes of all of them. */
    private static final List<String> ORIGINS = List.of("https://app.example.com", "https://pr-7.app.example.com",
            "https://x.y.app.example.com", "http://localhost:5173", "https://configured.example.com",
            "https://evil.example.com", "https://app.example.com.evil.net", "https://evilapp.example.com",
            "http://app.example.com", "https://app.example.com:443", "http://localhost:5174", "null",
            "https://configured.example.com.", "https://APP.example.com", "https://app.example.com/");

    private static boolean allowed(HostileApp.Shape shape, String origin) {
        return switch (shape) {
            case EXACT -> origin.equals("https://app.example.com");
            case PATTERN -> origin.equals("https://pr-7.app.example.com") || origin.equals("https://x.y.app.example.com");
            case LOOPBACK -> origin.equals("http://localhost:5173");
            case PROPERTY -> origin.equals("https://configured.example.com");
        };
    }

    @Test
    @DisplayName("32 threads x 5,000 requests: no response with another request's origin, none duplicated, none missing")
    void concurrentRequests() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong wrongOrigin = new AtomicLong();
        AtomicLong duplicated = new AtomicLong();
        AtomicLong missing = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        AtomicLong allowedCount = new AtomicLong();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = t;
            futures.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                HostileApp.Shape[] shapes = HostileApp.Shape.values();
                for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                    HostileApp.Shape shape = shapes[random.nextInt(shapes.length)];
                    String origin = ORIGINS.get(random.nextInt(ORIGINS.size()));
                    URI uri = server.baseUri().resolve(shape.path);
                    HttpResponse<Void> r = client.send(HttpRequest.newBuilder(uri).header("Origin", origin)
                            .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
                    List<String> acao = r.headers().allValues("Access-Control-Allow-Origin");
                    boolean expected = allowed(shape, origin);
                    if (expected) {
                        allowedCount.incrementAndGet();
                    }
                    if (acao.size() > 1) {
                        duplicated.incrementAndGet();
                    }
                    if (!acao.isEmpty() && !acao.get(0).equals(origin)) {
                        wrongOrigin.incrementAndGet();
                        samples.add(shape + " " + origin + " -> " + acao);
                    }
                    if (expected && acao.isEmpty()) {
                        missing.incrementAndGet();
                    }
                    if (!expected && !acao.isEmpty() || r.statusCode() != (expected ? 200 : 403)) {
                        unexpected.incrementAndGet();
                        samples.add(shape + " " + origin + " -> " + r.statusCode() + " " + acao);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = (long) THREADS * REQUESTS_PER_THREAD;
        System.out.printf("%s: %d threads x %d requests = %d in %.1f s (%.0f req/s), %d with allowed origins;"
                        + " ACAO of another origin: %d, duplicated ACAO: %d, missing ACAO: %d, other mismatches: %d%n",
                caseName(), THREADS, REQUESTS_PER_THREAD, total, seconds, total / seconds,
                allowedCount.get(), wrongOrigin.get(), duplicated.get(), missing.get(), unexpected.get());
        assertThat(samples).as("mismatched responses (first ones)").isEmpty();
        assertThat(wrongOrigin.get() + duplicated.get() + missing.get() + unexpected.get()).isZero();
        assertThat(allowedCount.get()).isPositive();
    }
}
