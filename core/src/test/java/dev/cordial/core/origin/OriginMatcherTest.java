package dev.cordial.core.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OriginMatcherTest {

    private final OriginMatcher matcher = OriginMatcher.of(List.of("https://app.example.com", "https://*.preview.example.com"));

    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com", "https://pr-1.preview.example.com", "https://a.b.preview.example.com"})
    void allows(String origin) {
        assertThat(matcher.allows(origin)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://preview.example.com", "https://evilpreview.example.com", "http://pr-1.preview.example.com",
            "https://pr-1.preview.example.com:8443", "https://pr-1.preview.example.com.evil.com", "https://APP.example.com",
            "https://app.example.com/", "https://PR.preview.example.com", "https://.preview.example.com", "null", ""})
    void refuses(String origin) {
        assertThat(matcher.allows(origin)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(matcher.allows(null)).isFalse();
    }
}
