package dev.cordial.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.core.structure.ClassReferences;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The runtime's packages form layers: no cycle, and only the container glue may see the API. */
class PackageStructureTest {

    private static final Map<String, Set<String>> GRAPH = ClassReferences.packageGraph(Path.of("target/classes"));

    @Test
    void noPackageCycle() {
        assertThat(GRAPH).containsKeys("dev.cordial.runtime", "dev.cordial.runtime.internal.policy",
                "dev.cordial.runtime.internal.routing", "dev.cordial.runtime.internal.startup");
        assertThat(ClassReferences.cycle(GRAPH)).as("a package cycle").isEmpty();
    }

    @Test
    void belowTheApiNothingButTheContainerGlueUsesIt() {
        GRAPH.forEach((pkg, uses) -> {
            if (pkg.startsWith("dev.cordial.runtime.internal") && !pkg.endsWith(".container")) {
                assertThat(uses).as(pkg).doesNotContain("dev.cordial.runtime");
            }
        });
        assertThat(GRAPH.get("dev.cordial.runtime.internal")).as("Messages is a leaf")
                .noneMatch(p -> p.startsWith("dev.cordial."));
    }

    @Test
    void theCheckSeesACycleWhenThereIsOne() {
        assertThat(ClassReferences.cycle(new java.util.TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a")))))
                .containsExactly("a", "b", "c", "a");
        assertThat(ClassReferences.cycle(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
    }
}
