package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hostile-origin suite (docs/SECURITY.md): every attack of {@link HostileOrigins} against four
 * policy shapes and three request kinds, sent byte for byte over a raw socket. Expected: no
 * response with a CORS header, no 5xx, no resource-method invocation. The counts are printed and
 * written to {@code target/hostile-report.txt}.
 */
public abstract class HostileContract extends ServerCase {

    private static final List<String> KINDS = List.of("GET", "POST text/plain", "preflight PUT");

    @Override
    protected Application application() {
        return new HostileApp();
    }

    private static HostileOrigins.Target target(HostileApp.Shape shape) {
        return switch (shape) {
            case EXACT, PATTERN -> new HostileOrigins.Target("https", "app.example.com", "");
            case LOOPBACK -> new HostileOrigins.Target("http", "localhost", ":5173");
            case PROPERTY -> new HostileOrigins.Target("https", "configured.example.com", "");
        };
    }

    private RawHttp.Response send(HostileApp.Shape shape, String kind, String origin) throws IOException {
        String originLine = "Origin: " + origin;
        return switch (kind) {
            case "GET" -> RawHttp.send(server.baseUri(), "GET", shape.path, List.of(originLine), null);
            case "POST text/plain" -> RawHttp.send(server.baseUri(), "POST", shape.path,
                    List.of(originLine, "Content-Type: text/plain"), "x");
            default -> RawHttp.send(server.baseUri(), "OPTIONS", shape.path, List.of(originLine,
                    "Access-Control-Request-Method: PUT", "Access-Control-Request-Headers: content-type"), null);
        };
    }

    @Test
    @DisplayName("hostile origins: no CORS header, no 5xx, no resource method run, for every shape and request kind")
    void hostileCorpus() throws Exception {
        List<HostileOrigins.Attack> attacks = HostileOrigins.all();
        int before = invocations("hostile");
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> withCors = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        int requests = 0;
        for (HostileOrigins.Attack attack : attacks) {
            for (HostileApp.Shape shape : HostileApp.Shape.values()) {
                String origin = attack.value().apply(target(shape));
                for (String kind : KINDS) {
                    RawHttp.Response r = send(shape, kind, origin);
                    requests++;
                    statuses.merge(r.status(), 1, Integer::sum);
                    String where = attack.kind() + " / " + attack.name() + " / " + shape + " / " + kind;
                    if (r.hasCorsHeaders()) {
                        withCors.add(where + " -> " + r.status());
                    }
                    if (r.status() >= 500) {
                        serverErrors.add(where + " -> " + r.status());
                    }
                }
            }
        }
        int invoked = invocations("hostile") - before;
        String report = String.format("%s: %d hostile origins x %d policy shapes x %d request kinds = %d requests;"
                        + " responses with ACAO or ACAC: %d; 5xx: %d; resource-method invocations: %d;"
                        + " statuses (0 = closed without answer): %s%n",
                caseName(), attacks.size(), HostileApp.Shape.values().length, KINDS.size(), requests,
                withCors.size(), serverErrors.size(), invoked, statuses);
        System.out.print(report);
        Files.writeString(Path.of("target", "hostile-report.txt"), report, StandardCharsets.UTF_8);

        assertThat(attacks).hasSizeGreaterThanOrEqualTo(80);
        assertThat(withCors).as("responses carrying CORS headers").isEmpty();
        assertThat(serverErrors).as("5xx responses").isEmpty();
        assertThat(invoked).as("resource-method invocations").isZero();
    }

    @Test
    @DisplayName("control: the same requests with each shape's allowed origin do get the headers (the suite can see them)")
    void controlRequests() throws IOException {
        for (HostileApp.Shape shape : HostileApp.Shape.values()) {
            for (String kind : KINDS) {
                RawHttp.Response r = send(shape, kind, shape.allowed);
                assertThat(r.status()).as(shape + " " + kind).isBetween(200, 299);
                assertThat(r.all("Access-Control-Allow-Origin")).as(shape + " " + kind).containsExactly(shape.allowed);
                assertThat(r.all("Access-Control-Allow-Credentials")).containsExactly("true");
            }
        }
    }

    @Test
    @DisplayName("oversized input: an 8 KiB Origin and a 64 KiB Access-Control-Request-Headers get a 4xx, never a 5xx")
    void oversizedInput() throws IOException {
        String bigOrigin = "https://" + "a".repeat(8 * 1024) + ".app.example.com";
        for (HostileApp.Shape shape : HostileApp.Shape.values()) {
            RawHttp.Response get = send(shape, "GET", bigOrigin);
            assertThat(get.status()).as("8 KiB Origin, " + shape).isBetween(400, 499);
            assertThat(get.hasCorsHeaders()).isFalse();

            String bigList = String.join(",", java.util.Collections.nCopies(64 * 1024 / 8, "x-aaaaa"));
            RawHttp.Response preflight = RawHttp.send(server.baseUri(), "OPTIONS", shape.path, List.of(
                    "Origin: " + shape.allowed, "Access-Control-Request-Method: PUT",
                    "Access-Control-Request-Headers: " + bigList), null);
            assertThat(preflight.status()).as("64 KiB ACRH, " + shape).isBetween(400, 499);
            assertThat(preflight.hasCorsHeaders()).isFalse();
        }
    }
}
