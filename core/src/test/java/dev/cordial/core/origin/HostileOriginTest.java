package dev.cordial.core.origin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No value makes the origin grammar throw: a request header must cost a 403, never a 500 with a
 * stack trace, and a configured value a diagnostic, never a crashed javac or startup (issue 21).
 */
class HostileOriginTest {

    private static final OriginMatcher PATTERN = OriginMatcher.of(List.of("https://*.example.com", "http://*.example.com"));

    @ParameterizedTest
    @ValueSource(strings = {"http://[::1.]", "http://[1q:]", "https://[0:.0]", "http://[+1::]", "http://[-1::]",
            "http://[::ffff:1.2.3.4]", "http://[g::]", "http://[::1]:80x", "http://[:]", "http://[]", "http://[",
            "https://app.example.com:8443\u200b", "https://app.example.com:\uff18\uff14\uff14\uff13",
            "https://app.example.com:\u0661", "https://a.example.com:\u00e9", "https://[::1]:\uff11"})
    void neverThrows(String origin) {
        assertThatCode(() -> OriginSyntax.checkConfigured(origin)).doesNotThrowAnyException();
        assertThatCode(() -> OriginSyntax.parseRequestOrigin(origin)).doesNotThrowAnyException();
        assertThatCode(() -> PATTERN.allows(origin)).doesNotThrowAnyException();
        assertThat(PATTERN.allows(origin)).isFalse();
        assertThat(OriginSyntax.checkConfigured(origin).valid()).isFalse();
    }
}
