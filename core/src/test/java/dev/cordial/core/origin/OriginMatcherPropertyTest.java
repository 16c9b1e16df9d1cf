package dev.cordial.core.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The matcher's two promises, checked against an independent statement of each on generated
 * origins: a pattern {@code scheme://*.domain[:port]} accepts exactly the valid origins of that
 * scheme and port whose host ends with {@code "." + domain} on a label boundary; an exact origin
 * accepts no string but itself.
 */
class OriginMatcherPropertyTest {

    private static final List<String> DOMAINS = List.of("example.com", "preview.example.com", "example.co.uk",
            "a-b.example.org", "x1.test", "example.github.io");

    @Property(tries = 10_000)
    void patternAcceptsExactlyProperSubdomains(@ForAll("patternCases") Tuple.Tuple2<String, String> pair) {
        String pattern = pair.get1();
        String candidate = pair.get2();
        OriginSyntax.Origin p = OriginSyntax.checkConfigured(pattern).origin();
        boolean expected = OriginOracle.matchesPattern(p, candidate);
        Statistics.label("pattern").collect(expected ? "accepted" : "refused");
        Statistics.label("pattern").coverage(c -> c.check("accepted").percentage(pct -> pct > 10));
        assertThat(OriginMatcher.of(List.of(pattern)).allows(candidate)).as(pattern + " vs " + candidate)
                .isEqualTo(expected);
    }

    @Property(tries = 10_000)
    void exactOriginAcceptsOnlyItself(@ForAll("exactOrigins") String origin, @ForAll Mutation mutation) {
        String candidate = mutation.apply(origin);
        Statistics.label("exact").collect(candidate.equals(origin) ? "itself" : "mutated");
        Statistics.label("exact").coverage(c -> c.check("itself").percentage(pct -> pct > 2));
        assertThat(OriginMatcher.of(List.of(origin)).allows(candidate)).as(origin + " vs " + candidate)
                .isEqualTo(candidate.equals(origin));
    }

    @Provide
    Arbitrary<String> patterns() {
        return Combinators.combine(Arbitraries.of("https", "http"), Arbitraries.of(DOMAINS.subList(0, 5)),
                Arbitraries.of("", ":8443", ":3000")).as((s, d, p) -> s + "://*." + d + p);
    }

    /** A pattern and a candidate built mostly from its own parts, with lookalike parts mixed in. */
    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> patternCases() {
        return patterns().flatMap(pattern -> {
            OriginSyntax.Origin p = OriginSyntax.checkConfigured(pattern).origin();
            String ownPort = p.port() < 0 ? "" : ":" + p.port();
            Arbitrary<String> scheme = Arbitraries.frequencyOf(
                    Tuple.of(6, Arbitraries.just(p.scheme() + "://")),
                    Tuple.of(1, Arbitraries.of("https://", "http://", "HTTPS://", "https:/", "")));
            Arbitrary<String> label = Arbitraries.oneOf(
                    Arbitraries.strings().withChars("abcxyz019-").ofMinLength(1).ofMaxLength(8),
                    Arbitraries.of("evil", "a", "pr-1", "-x", "x-", "EVIL", "a_b", "xn--bcher-kva", ""));
            Arbitrary<String> subdomain = label.list().ofMinSize(0).ofMaxSize(3).map(l -> String.join(".", l));
            Arbitrary<String> join = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(".")),
                    Tuple.of(1, Arbitraries.of("", "-", "..")));
            Arbitrary<String> domain = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(p.host())),
                    Tuple.of(1, Arbitraries.of("evil" + p.host(), p.host() + ".evil.net", p.host().toUpperCase(),
                            p.host() + ".", "x" + p.host().substring(1), "com", p.host() + "." + p.host())));
            Arbitrary<String> tail = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(ownPort)),
                    Tuple.of(1, Arbitraries.of("", ":8443", ":3000", ":443", ":80", "/", ":08443", "/x")));
            return Combinators.combine(scheme, subdomain, join, domain, tail)
                    .as((sc, sub, j, d, t) -> Tuple.of(pattern, sc + sub + (sub.isEmpty() ? "" : j) + d + t));
        });
    }

    @Provide
    Arbitrary<String> exactOrigins() {
        return Combinators.combine(Arbitraries.of("https", "http"),
                Arbitraries.strings().withChars("abcdefghij0123456789-").ofMinLength(1).ofMaxLength(10)
                        .filter(l -> !l.startsWith("-") && !l.endsWith("-")),
                Arbitraries.of(DOMAINS), Arbitraries.of("", ":8443", ":1"))
                .as((s, l, d, p) -> s + "://" + l + "." + d + p);
    }

    /** Small edits of an allowed origin, the shapes attackers try, plus no edit at all. */
    enum Mutation {
        NONE, UPPER_FIRST, TRAILING_SLASH, TRAILING_DOT, PREFIX, SUFFIX, DROP_LAST, DEFAULT_PORT, SCHEME_SWAP,
        USERINFO, DOT_TO_DASH, SPACE, KELVIN, DOTLESS_I, NULL_BYTE;

        String apply(String o) {
            return switch (this) {
                case NONE -> o;
                case UPPER_FIRST -> o.substring(0, 8) + Character.toUpperCase(o.charAt(8)) + o.substring(9);
                case TRAILING_SLASH -> o + "/";
                case TRAILING_DOT -> o + ".";
                case PREFIX -> o.replace("://", "://evil");
                case SUFFIX -> o + ".evil.net";
                case DROP_LAST -> o.substring(0, o.length() - 1);
                case DEFAULT_PORT -> o + (o.startsWith("https") ? ":443" : ":80");
                case SCHEME_SWAP -> o.startsWith("https") ? "http" + o.substring(5) : "https" + o.substring(4);
                case USERINFO -> o.replace("://", "://" + o.substring(o.indexOf("://") + 3) + "@");
                case DOT_TO_DASH -> o.replaceFirst("\\.", "-");
                case SPACE -> o + " ";
                case KELVIN -> o.replace('k', '\u212A');
                case DOTLESS_I -> o.replace('i', '\u0131');
                case NULL_BYTE -> o + "\u0000";
            };
        }
    }
}
