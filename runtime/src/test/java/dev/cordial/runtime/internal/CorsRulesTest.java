package dev.cordial.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorsRulesTest {

    @Test
    void parsesTrimsAndLowercasesAcrossLines() {
        assertThat(CorsRules.parseRequestHeaders(List.of(" Content-Type ,X-Request-Id", "x-b,,")))
                .containsExactly("content-type", "x-request-id", "x-b");
    }

    @Test
    void refusesNonTokensTooManyNamesAndOverlongValues() {
        assertThat(CorsRules.parseRequestHeaders(List.of("x a"))).isNull();
        assertThat(CorsRules.parseRequestHeaders(List.of("x;a"))).isNull();
        assertThat(CorsRules.parseRequestHeaders(List.of(String.join(",", Collections.nCopies(65, "x"))))).isNull();
        assertThat(CorsRules.parseRequestHeaders(List.of(String.join(",", Collections.nCopies(64, "x"))))).hasSize(64);
        assertThat(CorsRules.parseRequestHeaders(List.of("x".repeat(4097)))).isNull();
    }

    @Test
    void absentHeaderIsAnEmptyList() {
        assertThat(CorsRules.parseRequestHeaders(null)).isEmpty();
    }
}
