package dev.cordial.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreflightHeadersTest {

    @Test
    void handsItsHeadersOverInTheOrderAdded() {
        PreflightHeaders headers = new PreflightHeaders(3);
        headers.add(CorsHeaders.ALLOW_METHODS, "POST");
        headers.add(CorsHeaders.VARY, "Origin");
        headers.add(CorsHeaders.ALLOW_ORIGIN, "https://app.example.com");
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, List<Object>> e : headers.entrySet()) {
            names.add(e.getKey());
        }
        assertThat(names).containsExactly(CorsHeaders.ALLOW_METHODS, CorsHeaders.VARY, CorsHeaders.ALLOW_ORIGIN);
        assertThat(headers.get(CorsHeaders.VARY)).containsExactly("Origin");
        assertThat(headers).hasSize(3);
    }

    /** Through the container's builder (Jersey's here; RESTEasy's in the it-tests), as CorsRules uses it. */
    @Test
    void becomesTheResponsesHeadersWhichStayMutable() {
        PreflightHeaders headers = new PreflightHeaders(2);
        headers.add(CorsHeaders.ALLOW_CREDENTIALS, "true");
        headers.add(CorsHeaders.VARY, "Origin");
        Response response = Response.noContent().replaceAll(headers).build();
        assertThat(response.getHeaderString("access-control-allow-credentials")).isEqualTo("true");
        response.getHeaders().add(CorsHeaders.VARY, "Cookie");
        assertThat(response.getHeaders().get(CorsHeaders.VARY)).containsExactly("Origin", "Cookie");
        assertThat(response.getHeaders()).hasSize(2);
    }
}
