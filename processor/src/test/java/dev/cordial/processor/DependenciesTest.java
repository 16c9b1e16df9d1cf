package dev.cordial.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.core.structure.ClassReferences;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The processor links cordial-core, never the runtime: what rides a user's processor path is the
 * processor, core, JavaPoet, and nothing with JAX-RS filters or a Providers services file. The
 * generated source names {@code dev.cordial.runtime} types as strings, which is no link.
 */
class DependenciesTest {

    @Test
    void noProcessorClassRefersToTheRuntime() {
        Map<String, Set<String>> graph = ClassReferences.packageGraph(Path.of("target/classes"));
        assertThat(graph).containsKey("dev.cordial.processor");
        assertThat(graph.get("dev.cordial.processor")).contains("dev.cordial.core.origin")
                .noneMatch(p -> p.startsWith("dev.cordial.runtime"));
    }
}
