package dev.cordial.bench.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated set of Java sources for {@code CompileBenchmark}: the files, and how many
 * {@code *_CordialFilter} the processor must generate from them (the check that it ran).
 *
 * @param name the corpus name, {@code trivial} or {@code realistic}
 * @param resources how many resource classes it holds
 * @param files every source file
 * @param annotatedResources how many resources carry {@code @AllowCredentials}: one filter each
 * @param lines total source lines, for the report
 */
public record Corpus(String name, int resources, List<Path> files, int annotatedResources, long lines) {

    /** Generates corpus {@code name} with {@code resources} resources under {@code dir/src}. */
    public static Corpus generate(String name, int resources, Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        return switch (name) {
            case "trivial" -> TrivialCorpus.generate(src, resources);
            case "realistic" -> RealisticCorpus.generate(src, resources);
            default -> throw new IllegalArgumentException("unknown corpus " + name + ": trivial or realistic");
        };
    }

    /** Writes one source file and remembers it. */
    static final class Writer {
        private final Path root;
        final List<Path> files = new ArrayList<>();
        long lines;

        Writer(Path root) {
            this.root = root;
        }

        void write(String pkg, String simpleName, String source) throws IOException {
            Path file = Files.createDirectories(root.resolve(pkg.replace('.', '/'))).resolve(simpleName + ".java");
            Files.writeString(file, source, StandardCharsets.UTF_8);
            files.add(file);
            lines += source.lines().count();
        }
    }
}
