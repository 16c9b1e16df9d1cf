package dev.cordial.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;

class CorsHeadersTest {

    @Test
    void addsVaryWhenAbsent() {
        MultivaluedMap<String, Object> h = new MultivaluedHashMap<>();
        CorsHeaders.addVary(h, "Origin");
        assertThat(h.get("Vary")).containsExactly("Origin");
    }

    @Test
    void keepsExistingValuesInOneHeader() {
        MultivaluedMap<String, Object> h = new MultivaluedHashMap<>();
        h.add("Vary", "Accept-Encoding");
        h.add("Vary", "Accept-Language, Cookie");
        CorsHeaders.addVary(h, "Origin");
        assertThat(h.get("Vary")).containsExactly("Accept-Encoding, Accept-Language, Cookie, Origin");
    }

    @Test
    void isIdempotentAndCaseInsensitive() {
        MultivaluedMap<String, Object> h = new MultivaluedHashMap<>();
        h.add("Vary", "accept-encoding, origin");
        CorsHeaders.addVary(h, "Origin");
        CorsHeaders.addVary(h, "Origin");
        assertThat(h.get("Vary")).containsExactly("accept-encoding, origin");
    }

    @Test
    void starAlreadyCoversEverything() {
        MultivaluedMap<String, Object> h = new MultivaluedHashMap<>();
        h.add("Vary", "*");
        CorsHeaders.addVary(h, "Origin");
        assertThat(h.get("Vary")).containsExactly("*");
    }

    @Test
    void writtenValuesStayMutableForFiltersThatRunLater() {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        CorsHeaders.addVary(headers, "Origin");
        CorsHeaders.set(headers, CorsHeaders.ALLOW_ORIGIN, "https://a.example.com");
        headers.add(CorsHeaders.VARY, "Accept-Encoding");
        headers.putSingle(CorsHeaders.ALLOW_ORIGIN, "https://b.example.com");
        assertThat(headers.get(CorsHeaders.VARY)).containsExactly("Origin", "Accept-Encoding");
        assertThat(headers.get(CorsHeaders.ALLOW_ORIGIN)).containsExactly("https://b.example.com");
    }
}
