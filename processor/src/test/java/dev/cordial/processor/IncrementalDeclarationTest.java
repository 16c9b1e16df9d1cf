package dev.cordial.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Gradle is told the truth: the processor keeps one route table for the whole compilation and
 * refuses one resource because of another's routes
 * ({@code LintAndRouteTest.samePathAndMethodWithDifferentPoliciesAcrossResourcesIsAnError}), so it
 * is AGGREGATING; declared ISOLATING, an incremental rebuild of one of two conflicting resources
 * would miss the conflict. Across jars no processor sees both: the runtime refuses to start instead
 * ({@code RouteTableTest.aSecondPolicyOnTheSameRouteRefusesToStartInsteadOfKeepingTheFirst}).
 */
class IncrementalDeclarationTest {

    @Test
    void declaredAggregatingBecauseOneResourceIsJudgedByAnothersRoutes() throws Exception {
        try (InputStream in = CordialProcessor.class.getClassLoader()
                .getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
            assertThat(in).as("the Gradle declaration").isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(CordialProcessor.class.getName() + ",aggregating");
        }
    }
}
