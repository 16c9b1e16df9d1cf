package dev.cordial.runtime.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.runtime.TestPolicies;
import dev.cordial.runtime.internal.http.CorsHeaders;
import dev.cordial.runtime.CorsPolicy;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a preflight's {@code Access-Control-Request-Headers} is read, through {@link CorsRules#preflight}. */
class CorsRulesTest {

    private static final String ORIGIN = "https://app.example.com";
    private final CorsRules rules = CorsRules.of(TestPolicies.values(CorsPolicy.builder().origins(ORIGIN).methods("POST")
            .allowHeaders("Content-Type", "X-Request-Id", "X-B", "x").build()));

    private Response preflight(String... lines) {
        return rules.preflight(ORIGIN, "POST", lines == null ? null : List.of(lines), "POST");
    }

    @Test
    void trimsAndMatchesCaseInsensitivelyAcrossLines() {
        assertThat(preflight(" Content-Type ,X-Request-Id", "x-b,,").getStatus()).isEqualTo(204);
        assertThat(preflight(" Content-Type ,X-Request-Id", "x-c").getStatus()).as("x-c is not allowed").isEqualTo(403);
    }

    @Test
    void refusesNonTokensTooManyNamesAndOverlongValues() {
        assertThat(preflight("x a").getStatus()).isEqualTo(403);
        assertThat(preflight("x;a").getStatus()).isEqualTo(403);
        assertThat(preflight(String.join(",", Collections.nCopies(65, "x"))).getStatus()).isEqualTo(403);
        assertThat(preflight(String.join(",", Collections.nCopies(64, "x"))).getStatus()).isEqualTo(204);
        assertThat(preflight("x".repeat(4097)).getStatus()).isEqualTo(403);
        assertThat(preflight("x".repeat(2048), "x".repeat(2049)).getStatus()).as("the bound covers all lines").isEqualTo(403);
    }

    @Test
    void absentHeaderAsksForNothing() {
        Response ok = preflight((String[]) null);
        assertThat(ok.getStatus()).isEqualTo(204);
        assertThat(ok.getHeaderString(CorsHeaders.ALLOW_HEADERS)).isEqualTo("Content-Type, X-Request-Id, X-B, x");
    }

    @Test
    void safelistedNamesTheListOmitsAreApprovedOnceEach() {
        Response ok = preflight("accept, Accept-Language", "accept,content-type");
        assertThat(ok.getStatus()).isEqualTo(204);
        assertThat(ok.getHeaderString(CorsHeaders.ALLOW_HEADERS))
                .isEqualTo("Content-Type, X-Request-Id, X-B, x, accept, accept-language");
    }

    private static CorsRules withoutCredentials(CorsPolicy.Builder builder) {
        return CorsRules.of(TestPolicies.values(builder.withoutCredentials().build()));
    }

    @Test
    void anyOriginIsAnsweredWithStarAndNeverWithCredentials() {
        CorsRules any = withoutCredentials(CorsPolicy.builder().origins("*").methods("GET", "PUT"));
        Response ok = any.preflight("https://anyone.example", "PUT", List.of("accept"), "GET, PUT");
        assertThat(ok.getStatus()).isEqualTo(204);
        assertThat(ok.getHeaderString(CorsHeaders.ALLOW_ORIGIN)).isEqualTo("*");
        assertThat(ok.getHeaderString(CorsHeaders.ALLOW_CREDENTIALS)).isNull();
        assertThat(any.preflight("null", "PUT", null, "GET, PUT").getStatus()).as("any page, sandboxed ones too")
                .isEqualTo(204);
        assertThat(any.preflight("https://anyone.example", "DELETE", null, "GET, PUT").getStatus()).isEqualTo(403);
        assertThat(any.preflight("https://anyone.example", "PUT", List.of("x-custom"), "GET, PUT").getStatus())
                .as("headers still have to be allowed").isEqualTo(403);
    }

    @Test
    void listedOriginsAreEchoedWithoutCredentials() {
        CorsRules listed = withoutCredentials(CorsPolicy.builder().origins(ORIGIN).methods("GET"));
        Response ok = listed.preflight(ORIGIN, "GET", null, "GET");
        assertThat(ok.getHeaderString(CorsHeaders.ALLOW_ORIGIN)).isEqualTo(ORIGIN);
        assertThat(ok.getHeaderString(CorsHeaders.ALLOW_CREDENTIALS)).isNull();
        Response refused = listed.preflight("https://evil.example", "GET", null, "GET");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getEntity()).isEqualTo("CORS: this origin may not call this resource");
    }

    @Test
    void aStarHeaderListCoversEveryNameButAuthorization() {
        CorsRules star = withoutCredentials(CorsPolicy.builder().origins("*").methods("GET").allowHeaders("*"));
        Response ok = star.preflight(ORIGIN, "GET", List.of("X-Trace, content-type", "x-trace"), "GET");
        assertThat(ok.getStatus()).isEqualTo(204);
        assertThat(ok.getHeaderString(CorsHeaders.ALLOW_HEADERS)).as("answered as the names asked, once each")
                .isEqualTo("x-trace, content-type");
        assertThat(star.preflight(ORIGIN, "GET", List.of("authorization"), "GET").getStatus())
                .as("a wildcard never covers Authorization").isEqualTo(403);
        assertThat(star.preflight(ORIGIN, "GET", List.of("x a"), "GET").getStatus()).isEqualTo(403);

        CorsRules bearer = withoutCredentials(CorsPolicy.builder().origins("*").methods("GET")
                .allowHeaders("*", "Authorization"));
        Response token = bearer.preflight(ORIGIN, "GET", List.of("authorization, x-trace"), "GET");
        assertThat(token.getStatus()).isEqualTo(204);
        assertThat(token.getHeaderString(CorsHeaders.ALLOW_HEADERS)).isEqualTo("Authorization, x-trace");
    }

    @Test
    void theBuilderRefusesWhatTheProcessorRefuses() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CorsPolicy.builder().origins("*").build())
                .hasMessageContaining("browsers refuse \"*\" with credentials");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CorsPolicy.builder().withoutCredentials()
                .origins("*", ORIGIN).build()).hasMessageContaining("it stands alone");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CorsPolicy.builder().origins(ORIGIN)
                .allowHeaders("*").build()).hasMessageContaining("name the headers");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CorsPolicy.builder().withoutCredentials()
                .origins((String) null).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(CorsPolicy.builder().withoutCredentials().origins("http://wiki.intranet.example").build()
                .credentials()).as("cleartext needs no opt-out without credentials").isFalse();
    }
}
