package dev.cordial.it.wildfly;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The WAR as most WildFly users build one: an {@code @ApplicationPath} class listing nothing
 * ({@code ScannedApp}), so that WildFly scans the WAR and its jars. It deploys and Cordial
 * enforces, {@code @Path} interfaces included (WildFly hands RESTEasy the implementing classes). WildFly
 * registers {@code CordialFeature} found by scanning besides RESTEasy's {@code META-INF/services}:
 * RESTEasy ignores the second registration and says so at WARN (RESTEASY002155, once; RESTEASY002160
 * for generated filters): noise, pinned here, which an operator sees in the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WildFlyScannedIT {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private WildFly server;

    @BeforeAll
    void boot() throws Exception {
        server = WildFly.start(getClass().getSimpleName(), WildFly.scannedWar());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<Void> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest.Builder request(String path, String origin) {
        return HttpRequest.newBuilder(server.baseUri().resolve(path)).header("Origin", origin);
    }

    @Test
    @DisplayName("scanned: a listed origin is allowed with credentials, another refused, on a class and through a @Path interface")
    void enforced() throws Exception {
        for (String path : List.of("orders", "profile")) {
            HttpResponse<Void> allowed = send(request(path, "https://app.example.com"));
            assertThat(allowed.statusCode()).as(path).isEqualTo(200);
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).as(path).hasValue("https://app.example.com");
            assertThat(allowed.headers().allValues("Access-Control-Allow-Credentials")).as(path).containsExactly("true");
            HttpResponse<Void> refused = send(request(path, "https://evil.example.com"));
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
        }
        HttpResponse<Void> preflight = send(request("orders", "https://app.example.com")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Access-Control-Request-Method", "POST"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).containsExactly("https://app.example.com");
    }

    @Test
    @DisplayName("scanned: an origin from the WAR's microprofile-config.properties is allowed")
    void platformConfiguration() throws Exception {
        HttpResponse<Void> r = send(request("platform", "https://platform.example.com"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://platform.example.com");
    }

    @Test
    @DisplayName("scanned: one summary line, for every resource WildFly found; the second registration is only RESTEasy's WARN")
    void oneCordialPerApplication() throws Exception {
        send(request("orders", "https://app.example.com"));
        List<String> summary = List.of();
        for (int i = 0; i < 50 && summary.isEmpty(); i++) {
            summary = server.output().stream().filter(l -> l.contains("resource methods bound under")).toList();
            if (summary.isEmpty()) {
                Thread.sleep(20);
            }
        }
        String output = String.join("\n", server.output());
        // WarApp's 45 methods under 21 policies, and the scanned extras: ContractResources.ParentResource
        // (a root resource of its own, 2 methods) and ExceptionApps.CoveredFailure (1, its own policy).
        assertThat(summary).as(output).hasSize(1);
        assertThat(summary.get(0)).contains("INFO", "Cordial: 48 resource methods bound under 22 policies");
        assertThat(server.output()).as("RESTEASY002155").filteredOn(l -> l.contains("RESTEASY002155"))
                .singleElement().asString().contains("dev.cordial.runtime.CordialFeature", "2nd registration is being ignored");
        assertThat(server.output()).filteredOn(l -> l.contains("RESTEASY002160"))
                .allMatch(l -> l.matches(".*Provider instance \\S+_CordialFilter is already registered.*"));
    }
}
