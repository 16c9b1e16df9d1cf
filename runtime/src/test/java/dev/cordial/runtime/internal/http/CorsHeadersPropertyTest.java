package dev.cordial.runtime.internal.http;

import dev.cordial.runtime.TestPolicies;
import dev.cordial.runtime.internal.policy.CorsRules;
import dev.cordial.core.origin.OriginOracle;
import dev.cordial.core.origin.OriginSyntax;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.runtime.CorsPolicy;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * What a response to an actual request carries, over 100,000 generated request origins, most of
 * them mutations of allowed ones: {@code Access-Control-Allow-Origin} present if and only if the
 * origin is allowed; when present, exactly one value, equal to the request's {@code Origin}, with
 * {@code Access-Control-Allow-Credentials} exactly {@code true}; {@code Vary: Origin} always.
 */
class CorsHeadersPropertyTest {

    private static final List<String> EXACT = List.of("https://app.example.com", "http://localhost:5173",
            "https://a-b.example.org:8443");
    private static final String PATTERN = "https://*.preview.example.com";
    private static final CorsRules RULES = CorsRules.of(TestPolicies.values(CorsPolicy.builder()
            .origins(EXACT.get(0), EXACT.get(1), EXACT.get(2), PATTERN).methods("GET").build()));
    private static final OriginSyntax.Origin PATTERN_ORIGIN = OriginSyntax.checkConfigured(PATTERN).origin();

    @Property(tries = 100_000)
    void acaoIfAndOnlyIfAllowed(@ForAll("origins") String origin) {
        boolean allowed = EXACT.contains(origin) || OriginOracle.matchesPattern(PATTERN_ORIGIN, origin);
        Statistics.collect(allowed ? "allowed" : "refused");
        Statistics.coverage(c -> c.check("allowed").percentage(p -> p > 10));

        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        RULES.addActualHeaders(request(origin), headers);

        assertThat(headers.get("Vary")).containsExactly("Origin");
        if (allowed) {
            assertThat(headers.get("Access-Control-Allow-Origin")).as(origin).containsExactly(origin);
            assertThat(headers.get("Access-Control-Allow-Credentials")).containsExactly("true");
        } else {
            assertThat(headers).as(origin).doesNotContainKeys("Access-Control-Allow-Origin",
                    "Access-Control-Allow-Credentials");
        }
    }

    /** Allowed origins, pattern matches, their mutations, and noise. */
    @Provide
    Arbitrary<String> origins() {
        Arbitrary<String> base = Arbitraries.oneOf(Arbitraries.of(EXACT),
                Arbitraries.strings().withChars("abz09-").ofMinLength(1).ofMaxLength(6)
                        .map(l -> "https://" + l + ".preview.example.com"));
        Arbitrary<String> mutated = base.flatMap(o -> Arbitraries.integers().between(0, o.length() - 1).flatMap(i ->
                Arbitraries.of("", "A", ".", "/", ":", "@", "-", "0", " ", "\u212A", "\u0131", "\u017F", "\r", "\u0000")
                        .flatMap(c -> Arbitraries.of(
                                Tuple.of("insert", o.substring(0, i) + c + o.substring(i)),
                                Tuple.of("replace", o.substring(0, i) + c + o.substring(i + 1)),
                                Tuple.of("delete", o.substring(0, i) + o.substring(i + 1)),
                                Tuple.of("upper", o.substring(0, i) + o.substring(i, i + 1).toUpperCase()
                                        + o.substring(i + 1)))).map(Tuple.Tuple2::get2)));
        Arbitrary<String> noise = Arbitraries.strings().withChars("htps:/.-examplocd0123456789*@[]")
                .ofMinLength(0).ofMaxLength(40);
        return Arbitraries.frequencyOf(Tuple.of(3, base), Tuple.of(6, mutated), Tuple.of(1, noise));
    }

    /** The few request methods the rules read, over the Jakarta REST interface itself. */
    private static ContainerRequestContext request(String origin) {
        MultivaluedMap<String, String> requestHeaders = new MultivaluedHashMap<>();
        requestHeaders.add("Origin", origin);
        return (ContainerRequestContext) Proxy.newProxyInstance(CorsHeadersPropertyTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaders" -> requestHeaders;
                    case "getMethod" -> "GET";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
