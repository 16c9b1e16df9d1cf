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
}
