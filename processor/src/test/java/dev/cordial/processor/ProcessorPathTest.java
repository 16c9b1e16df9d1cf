package dev.cordial.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.cordial.core.naming.GeneratedNames;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/**
 * A processor path missing a class the processor needs gives Cordial's own diagnostic, never an
 * uncaught error that makes javac exit 3 (issue 21).
 */
class ProcessorPathTest {

    @Test
    void aProcessorPathWithoutJavaPoetIsReportedNotThrown() throws Exception {
        URL processor = Path.of("target/classes").toUri().toURL();
        URL core = GeneratedNames.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutJavaPoet = new URLClassLoader(new URL[] {processor, core},
                ClassLoader.getPlatformClassLoader())) {
            Processor cordial = (Processor) withoutJavaPoet.loadClass(CordialProcessor.class.getName())
                    .getDeclaredConstructor().newInstance();
            Compilation c = Compiler.javac().withProcessors(cordial).compile(ValidationTest.resource(
                    "origins = \"https://app.example.com\""));
            assertThat(c).failed();
            assertThat(c).hadErrorContaining("Cordial's processor cannot run on com.example.R: a class it needs is"
                    + " missing from the annotation processor path");
            assertThat(c).hadErrorContaining("com/palantir/javapoet");
        }
    }
}
