package dev.cordial.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** The source files the processor writes, even when the compilation fails. */
final class GeneratedNames {

    private GeneratedNames() {}

    static List<String> of(JavaFileObject... sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> written = new ArrayList<>();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Path out = Files.createTempDirectory("cordial-generated");
            JavaFileManager recording = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                        FileObject sibling) throws IOException {
                    if (kind == JavaFileObject.Kind.SOURCE) {
                        written.add(className);
                    }
                    return super.getJavaFileForOutput(location, className, kind, sibling);
                }
            };
            JavaCompiler.CompilationTask task = javac.getTask(null, recording, d -> { }, List.of(
                    "-proc:only", "-d", out.toString(), "-s", out.toString(),
                    "-classpath", System.getProperty("java.class.path")), null, List.of(sources));
            task.setProcessors(List.of(new CordialProcessor()));
            task.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
