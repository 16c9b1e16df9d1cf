package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "Why was my request refused?": each refusal is one record on the logger
 * {@code dev.cordial.refusals} at FINE (off in a default log) naming the route, the method and the
 * reason, rate-limited per route and reason; in debug mode the refused response says why.
 */
@Requires(Capability.STARTS_GIVEN_APPLICATION) // a log handler in the server's JVM
public abstract class RefusalContract extends ServerCase {

    /** Held here: java.util.logging keeps loggers weakly, and with them the level this sets. */
    private static final Logger REFUSALS = Logger.getLogger("dev.cordial.refusals");

    @AfterEach
    void loggerOff() {
        REFUSALS.setLevel(null);
    }

    private List<String> refusalsOf(HttpRequest.Builder request, int expectedStatus) throws Exception {
        try (LogCapture capture = LogCapture.start()) {
            HttpResponse<String> r = send(request);
            assertThat(r.statusCode()).isEqualTo(expectedStatus);
            return capture.records().stream().filter(record -> record.getLoggerName().equals("dev.cordial.refusals"))
                    .map(LogRecord::getMessage).toList();
        }
    }

    private HttpRequest.Builder preflight(String path, String method, String headers) {
        HttpRequest.Builder b = request(path, APP).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Access-Control-Request-Method", method);
        return headers == null ? b : b.header("Access-Control-Request-Headers", headers);
    }

    /** One request per refusal reason, by the reason each must log. */
    private Map<String, HttpRequest.Builder> oneRequestPerReason() {
        Map<String, HttpRequest.Builder> cases = new java.util.LinkedHashMap<>();
        cases.put("origin \"https://evil.example.com\" is not allowed by this route's policy", request("orders", EVIL));
        cases.put("method \"POST\" is not allowed by this route's policy (allowed: GET)",
                request("narrow", APP).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")));
        cases.put("preflight: request header \"X-Not-Allowed\" is not allowed by this route's policy",
                preflight("orders", "GET", "X-Not-Allowed"));
        cases.put("Origin \"https://app.example.com/\" is not one serialized origin", request("orders", APP + "/"));
        cases.put("more than one Origin header (2)", request("orders", APP).header("Origin", EVIL));
        cases.put("preflight: Access-Control-Request-Headers is longer than 4096 characters",
                preflight("orders", "GET", "x-a," + "b".repeat(5000)));
        return cases;
    }

    @Test
    @DisplayName("with the logger on, each refusal reason is exactly one record naming the route, the method and the reason")
    void eachReasonIsOneRecord() throws Exception {
        REFUSALS.setLevel(Level.FINE);
        Map<String, HttpRequest.Builder> cases = oneRequestPerReason();
        for (Map.Entry<String, HttpRequest.Builder> c : cases.entrySet()) {
            List<String> records = refusalsOf(c.getValue(), 403);
            assertThat(records).as(c.getKey()).hasSize(1);
            assertThat(records.get(0)).startsWith("Cordial refused ");
            if (c.getKey().startsWith("more than one")) {
                // A container may join two Origin lines into one value: then it is no single origin either.
                assertThat(records.get(0)).containsAnyOf(c.getKey(), "is not one serialized origin");
            } else {
                assertThat(records.get(0)).contains(c.getKey());
            }
        }
        assertThat(refusalsOf(request("orders", EVIL), 403).get(0)).contains("orders").contains("OrdersResource");
    }

    @Test
    @DisplayName("the origin is logged as received but escaped and truncated: no control character or non-ASCII survives")
    void originIsEscapedAndTruncated() throws Exception {
        REFUSALS.setLevel(Level.FINE);
        String origin = "https://\u00e9vil.example.com/" + "x".repeat(300);
        List<String> records = refusalsOf(request("orders", origin), 403);
        assertThat(records).hasSize(1);
        assertThat(records.get(0)).doesNotContainPattern("[\\x00-\\x1f\\x7f-\\uffff]")
                .contains("more characters)");
    }

    @Test
    @DisplayName("with the logger off (a default log), no refusal reason logs anything, and none is sent")
    void nothingWhenOff() throws Exception {
        for (Map.Entry<String, HttpRequest.Builder> c : oneRequestPerReason().entrySet()) {
            assertThat(refusalsOf(c.getValue(), 403)).as(c.getKey()).isEmpty();
        }
        assertThat(send(request("orders", EVIL)).headers().firstValue("Cordial-Refusal")).isEmpty();
    }

    @Test
    @DisplayName("a flood of 10,000 refused requests gives a bounded number of records")
    void floodIsBounded() throws Exception {
        REFUSALS.setLevel(Level.FINE);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new HashMap<>();
        long records;
        try (LogCapture capture = LogCapture.start()) {
            for (int batch = 0; batch < 100; batch++) {
                List<CompletableFuture<HttpResponse<Void>>> sent = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    sent.add(client.sendAsync(HttpRequest.newBuilder(server.baseUri().resolve("narrow"))
                            .header("Origin", "https://flood" + i + ".example.com").timeout(Duration.ofSeconds(30))
                            .build(), HttpResponse.BodyHandlers.discarding()));
                }
                for (CompletableFuture<HttpResponse<Void>> f : sent) {
                    statuses.merge(f.get().statusCode(), 1, Integer::sum);
                }
            }
            records = capture.records().stream().filter(r -> r.getLoggerName().equals("dev.cordial.refusals")).count();
        }
        assertThat(statuses).containsExactly(Map.entry(403, 10_000));
        System.out.println(caseName() + ": 10,000 refused requests, " + records + " refusal records");
        assertThat(records).isBetween(1L, 11L); // ten a minute for one route and reason, and one that counts the rest
    }

    /** The shared application with debug mode switched on in its configuration. */
    @ApplicationPath("api")
    public static class DebugApp extends TestApp {
        @Override
        public Map<String, Object> getProperties() {
            Map<String, Object> properties = new HashMap<>(super.getProperties());
            properties.put("dev.cordial.debug", "true");
            return properties;
        }
    }

    @Test
    @DisplayName("debug mode: a refused request carries its reason in Cordial-Refusal, never the policy's origins, and startup warns")
    @Requires(Capability.APPLICATION_PROPERTIES)
    void debugModeSaysWhy() throws Exception {
        HttpResponse<String> refused;
        HttpResponse<String> preflight;
        List<LogRecord> warnings;
        try (LogCapture capture = LogCapture.start(); RunningServer debug = start((Application) new DebugApp())) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            refused = client.send(HttpRequest.newBuilder(debug.baseUri().resolve("orders")).header("Origin", EVIL)
                    .build(), HttpResponse.BodyHandlers.ofString());
            preflight = client.send(HttpRequest.newBuilder(debug.baseUri().resolve("orders")).header("Origin", APP)
                    .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "X-Nope")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            warnings = capture.records().stream().filter(r -> r.getLevel() == Level.WARNING).toList();
        }
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Cordial-Refusal"))
                .hasValue("origin \"https://evil.example.com\" is not allowed by this route's policy");
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Cordial-Refusal").orElseThrow())
                .contains("request header \"X-Nope\" is not allowed").doesNotContain(APP);
        assertThat(warnings).anySatisfy(w -> assertThat(w.getMessage()).contains("debug mode is on"));
    }
}
