package dev.cordial.core.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the string, the origin grammar answers: {@code checkConfigured} a verdict (its message
 * and suggestion computable), {@code parseRequestOrigin} an origin or {@code null}, the matcher true
 * or false. Generated from the pieces origins are made of, the characters parsers trip on (brackets,
 * colons, dots, percent, backslash, at, signs, hex letters) and non-ASCII ones (full-width digits,
 * zero-width and right-to-left marks, combining marks, dotless i, sharp s), arranged as origins.
 */
class NeverThrowsPropertyTest {

    private static final OriginMatcher MATCHER = OriginMatcher.of(List.of("https://app.example.com",
            "https://*.example.com", "http://*.localhost:5173", "https://*.xn--bcher-kva.example:8443"));

    private static final String PIECES = "abcdefxyzABCDEFX0123456789.-_:[]%@\\/?#*+ \t"
            + "\uff10\uff11\uff18\u200b\u200d\u200f\u0301\u0131\u00df\u0661\u3002\uff0e\ufe52\ud83d\ude00";

    @Provide
    Arbitrary<String> originLike() {
        Arbitrary<String> scheme = Arbitraries.of("https://", "http://", "HTTPS://", "ws://", "", "https:/", "http:");
        Arbitrary<String> chunk = Arbitraries.strings().withChars(PIECES.toCharArray()).ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> host = Arbitraries.oneOf(chunk, Arbitraries.of("[", "[::", "[::1", "[1:2:3:4:5:6:7:8",
                "[::ffff:", "xn--", "app.example.com", "a.example.com", "localhost", "127.0.0.1", "0x7f.1", "1.2.3.4.")
                .flatMap(prefix -> chunk.map(rest -> prefix + rest)));
        Arbitrary<String> tail = Arbitraries.oneOf(Arbitraries.just(""), chunk.map(c -> ":" + c),
                chunk.map(c -> "]" + c), chunk.map(c -> "]:" + c));
        return Arbitraries.oneOf(
                scheme.flatMap(s -> host.flatMap(h -> tail.map(t -> s + h + t))),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars(PIECES.toCharArray()).ofMaxLength(60));
    }

    @Property(tries = 20_000)
    void configuredValuesGetAVerdict(@ForAll("originLike") String value) {
        OriginSyntax.Verdict v = OriginSyntax.checkConfigured(value);
        assertThat(v).isNotNull();
        if (!v.valid()) {
            assertThat(v.message()).isNotBlank();
        }
        // A suggestion is always itself accepted, and is what the browser's own parse makes of the value.
        if (v.suggestion() != null) {
            assertThat(OriginSyntax.checkConfigured(v.suggestion()).valid()).as(v.suggestion()).isTrue();
        }
        // An accepted origin is its own serialization: the browser's parse gives it back unchanged.
        if (v.valid() && !v.origin().pattern()) {
            assertThat(BrowserOrigin.parse(value)).as(value).isNotNull();
            assertThat(BrowserOrigin.parse(value).origin()).isEqualTo(value);
        }
    }

    @Property(tries = 20_000)
    void requestOriginsAreParsedOrRefused(@ForAll("originLike") String value) {
        OriginSyntax.parseRequestOrigin(value);
        MATCHER.allows(value);
    }
}
