package dev.cordial.it.dropwizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.Invocations;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.ServerCase;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Dropwizard exactly as it comes (gzip on, Jersey's {@code sendError} for entity-less errors,
 * Jetty's URI compliance): what differs from the contract there, pinned so a change is noticed.
 */
class DropwizardDefaultsTest extends ServerCase {

    @Override
    protected RunningServer start(Application app) throws Exception {
        return DropwizardServer.start(app, environment -> {}, server -> {});
    }

    @Test
    @DisplayName("a 404 no resource method matches is Dropwizard's own: its mapper answers with a body, so Jetty's error page never replaces it and Vary stays")
    void unmatchedPathIsDropwizardsOwn404() throws Exception {
        // Before Cordial left unmatched paths alone, its mapper turned the NotFoundException into an
        // entity-less response that Jersey sent with sendError, and Jetty's error page dropped Vary.
        HttpResponse<String> r = send("GET", "orders/missing", APP);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().allValues("Access-Control-Allow-Origin")).containsExactly(APP);
        assertThat(varyTokens(r)).contains("origin");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(r.body()).contains("404");
    }

    @Test
    @DisplayName("gzip: Jetty adds Vary: Accept-Encoding only to a response that has no Vary yet, so annotated resources carry Origin alone")
    void gzipVary() throws Exception {
        HttpResponse<String> unannotated = send("GET", "public", EVIL);
        assertThat(unannotated.statusCode()).isEqualTo(200);
        assertNoCors(unannotated);
        assertThat(varyTokens(unannotated)).containsExactly("accept-encoding");
        HttpResponse<String> annotated = send("GET", "orders", APP);
        assertAllowed(annotated, APP);
        assertThat(varyTokens(annotated)).containsExactly("origin");
        // a Vary the resource set itself is kept, and Origin is added once
        assertThat(varyTokens(send("GET", "vary", APP))).containsExactly("accept-encoding", "origin");
    }

    @Test
    @DisplayName("Jetty 12 refuses an encoded slash with its own 400 before Jersey, without CORS headers")
    void encodedSlashRefusedByJetty() throws Exception {
        int removed = Invocations.count("secure.remove");
        HttpResponse<String> r = send(request("secure/items/a%2Fb", ADMIN).header("Cookie", "session=ok").DELETE());
        assertThat(r.statusCode()).isEqualTo(400);
        assertNoCors(r);
        assertThat(Invocations.count("secure.remove")).isEqualTo(removed);
    }
}
