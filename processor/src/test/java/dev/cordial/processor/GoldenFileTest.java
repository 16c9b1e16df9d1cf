package dev.cordial.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated filter's source, compared with a checked-in copy so that every change to the
 * generated code is reviewed. To accept a change on purpose, rewrite the golden file with
 * {@code mvn -pl processor test -Dtest=GoldenFileTest -Dcordial.golden.update=true} and commit it.
 */
class GoldenFileTest {

    private static final Path GOLDEN_DIR = Path.of(System.getProperty("cordial.golden.dir", "src/test/resources/golden"));

    @Test
    void generatedFilterMatchesGoldenFile() throws IOException {
        Compilation compilation = Compilers.cordial().compile(JavaFileObjects.forResource("golden/OrdersResource.java"));
        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject generated = compilation
                .generatedSourceFile("com.example.OrdersResource_CordialFilter")
                .orElseThrow();
        String actual = generated.getCharContent(false).toString();

        Path golden = GOLDEN_DIR.resolve("OrdersResource_CordialFilter.java.golden");
        if (Boolean.getBoolean("cordial.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void outputIsDeterministic() throws IOException {
        String first = generate();
        String second = generate();
        assertThat(first).isEqualTo(second);
    }

    private static String generate() throws IOException {
        return Compilers.cordial().compile(JavaFileObjects.forResource("golden/OrdersResource.java"))
                .generatedSourceFile("com.example.OrdersResource_CordialFilter").orElseThrow()
                .getCharContent(false).toString();
    }
}
