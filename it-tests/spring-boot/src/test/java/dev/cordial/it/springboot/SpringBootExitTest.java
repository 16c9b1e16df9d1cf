package dev.cordial.it.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.BrokenConfigApps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's view of a refused application: {@link BrokenMain} run as a separate {@code java}
 * process on this JVM's class path must exit non-zero, and print Cordial's message, rather than log
 * {@code Started} and answer every request with 500.
 */
class SpringBootExitTest {

    @TempDir
    Path dir;

    private record Exit(int code, String output) {}

    private Exit run(String which) throws IOException, InterruptedException {
        Path out = dir.resolve(which + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                BrokenMain.class.getName(), which))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the application did not exit:\n" + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("built without the processor: the process exits non-zero with Cordial's message and the fix")
    void unprocessedExitsNonZero() throws Exception {
        Exit exit = run("unprocessed");
        assertThat(exit.code()).as(exit.output()).isNotZero();
        assertThat(exit.output())
                .contains("Cordial: @AllowCredentials on dev.cordial.it.unprocessed.UnprocessedResource")
                .contains("annotationProcessorPaths")
                .contains("Application run failed")
                .doesNotContain("BrokenMain: started");
    }

    @Test
    @DisplayName("origin list left empty: the process exits non-zero naming the property and every place looked")
    void noOriginExitsNonZero() throws Exception {
        Exit exit = run("no-origin");
        assertThat(exit.code()).as(exit.output()).isNotZero();
        assertThat(exit.output())
                .contains("no origin at all: \"" + BrokenConfigApps.MISSING_PROPERTY + "\" is set nowhere")
                .contains(dev.cordial.spring.boot.SpringEnvironmentLookup.NAME)
                .contains("CORDIAL_IT_MISSING_ORIGINS")
                .doesNotContain("BrokenMain: started");
    }
}
