package dev.cordial.it.quarkus.unprocessed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.quarkus.harness.QuarkusApp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Fail closed on Quarkus REST: an annotated resource without its generated filter stops startup. */
class QuarkusUnprocessedIT {

    @Test
    @DisplayName("the packaged app refuses to start and says how to fix the build")
    void refusesToStart() throws Exception {
        QuarkusApp.Exit exit = QuarkusApp.runToExit(getClass().getSimpleName());
        String output = String.join("\n", exit.output());
        System.out.println("QuarkusUnprocessedIT: exit code " + exit.code() + ", listened " + exit.listened());
        assertThat(exit.listened()).as("started listening:\n" + output).isFalse();
        assertThat(exit.code()).as("exit code (null: still running after a minute)\n" + output)
                .isNotNull().isNotZero();
        assertThat(output).contains(UnguardedResource.class.getName(), "annotationProcessorPaths", "-proc:full");
    }
}
