package dev.cordial.bench;

import dev.cordial.bench.compile.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * javac wall time over generated corpora of annotated resources, in fresh {@code javac} processes
 * with the same flags, three variants per cell, alternating, median of N runs:
 * <ul>
 *   <li><b>without</b>: the sources, {@code -proc:none};
 *   <li><b>with</b>: the sources, Cordial's processor on {@code -processorpath};
 *   <li><b>plain</b>: the sources plus the {@code *_CordialFilter.java} that the processor
 *       generated (captured once from a <i>with</i> run), {@code -proc:none}: what the generated
 *       code costs to compile, without any processing;
 *   <li><b>minimal</b>: the sources, with a processor that does the least any processor generating
 *       one source per annotated resource can do ({@link #MINIMAL_PROCESSOR}: one three-line class
 *       per type carrying {@code @AllowCredentials}, nothing read, nothing checked), compiled here
 *       from source. It is javac's own price for such a processor: the extra round, the Filer, the
 *       processor path.
 * </ul>
 * Then {@code with − plain} is the processing itself (processor start, rounds, model, writing),
 * {@code plain − without} the cost of compiling the generated code, and {@code minimal − without}
 * the part of {@code with − without} that no processor generating per-resource sources avoids.
 *
 * <p>Corpora: {@code trivial}, one four-method resource with empty bodies repeated N times, and
 * {@code realistic}, resources as services have them (DTOs with Jackson and Bean Validation
 * annotations, 5 to 10 methods with real bodies, a mix of class-level, method-level and no
 * {@code @AllowCredentials}); the realistic corpus needs jackson-annotations and
 * jakarta.validation-api on CLASSPATH.
 *
 * <pre>java -cp benchmarks.jar dev.cordial.bench.CompileBenchmark PROCESSORPATH CLASSPATH [CORPORA] [RUNS]</pre>
 *
 * CORPORA defaults to {@code trivial:1,100,1000;realistic:50}; a bare list of sizes means trivial
 * only. RUNS defaults to 5. Fails (exit status 1) when javac fails or the processor did not
 * generate one filter per annotated resource.
 */
public final class CompileBenchmark {

    private CompileBenchmark() {}

    private record Cell(Corpus corpus, long without, long with, long plain, long minimal, List<Long> withoutRuns,
            List<Long> withRuns, List<Long> plainRuns, List<Long> minimalRuns, long withoutCpu, long withCpu,
            long plainCpu, long minimalCpu) {}

    /**
     * The floor processor: for each type that carries {@code @AllowCredentials} (on itself or a
     * method), one class with one constant, written in the round that found it, as Cordial does.
     */
    static final String MINIMAL_PROCESSOR = """
            package minimal;

            import java.io.IOException;
            import java.io.Writer;
            import java.util.LinkedHashSet;
            import java.util.Set;
            import javax.annotation.processing.AbstractProcessor;
            import javax.annotation.processing.RoundEnvironment;
            import javax.annotation.processing.SupportedAnnotationTypes;
            import javax.lang.model.SourceVersion;
            import javax.lang.model.element.Element;
            import javax.lang.model.element.TypeElement;

            @SupportedAnnotationTypes("dev.cordial.AllowCredentials")
            public final class MinimalProcessor extends AbstractProcessor {
                @Override
                public SourceVersion getSupportedSourceVersion() {
                    return SourceVersion.latestSupported();
                }

                @Override
                public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                    Set<TypeElement> types = new LinkedHashSet<>();
                    for (TypeElement annotation : annotations) {
                        for (Element e : round.getElementsAnnotatedWith(annotation)) {
                            types.add((TypeElement) (e instanceof TypeElement ? e : e.getEnclosingElement()));
                        }
                    }
                    for (TypeElement type : types) {
                        String pkg = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
                        String name = type.getSimpleName() + "_Minimal";
                        try (Writer w = processingEnv.getFiler()
                                .createSourceFile(pkg.isEmpty() ? name : pkg + "." + name, type).openWriter()) {
                            w.write((pkg.isEmpty() ? "" : "package " + pkg + ";\\n") + "final class " + name
                                    + " {\\n    static final String TYPE = \\"" + type.getQualifiedName() + "\\";\\n}\\n");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    return false;
                }
            }
            """;

    /** javac's user + system CPU time comes from {@code /usr/bin/time} when there is one. */
    private static final Path TIME = Path.of("/usr/bin/time");
    private static final String TIME_MARK = "CORDIAL_BENCH_TIME";

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompileBenchmark PROCESSORPATH CLASSPATH [trivial:1,100,1000;realistic:50] [RUNS]");
            System.exit(2);
        }
        String processorPath = args[0];
        String classPath = args[1];
        String spec = args.length > 2 ? args[2] : "trivial:1,100,1000;realistic:50";
        if (spec.matches("[0-9,]+")) {
            spec = "trivial:" + spec;
        }
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Map<String, int[]> corpora = new LinkedHashMap<>();
        for (String part : spec.split(";")) {
            String[] nameSizes = part.split(":");
            corpora.put(nameSizes[0], Stream.of(nameSizes[1].split(",")).mapToInt(Integer::parseInt).toArray());
        }

        Path minimalDir = Files.createTempDirectory("cordial-compile-minimal-processor-");
        String minimalPath = compileMinimalProcessor(minimalDir);
        System.out.printf("javac %s, %d runs per cell (without, with, plain, minimal alternating, fresh processes), median"
                + " wall time; %d cores%n", Runtime.version(), runs, Runtime.getRuntime().availableProcessors());
        System.out.println("flags: javac -J-Xmx1g -d OUT -s GEN -cp CLASSPATH (-proc:none | -processorpath PROCESSORPATH"
                + " | -processorpath MINIMAL) @sources");
        System.out.println();
        List<Cell> cells = new ArrayList<>();
        for (Map.Entry<String, int[]> corpus : corpora.entrySet()) {
            for (int n : corpus.getValue()) {
                cells.add(measure(corpus.getKey(), n, processorPath, minimalPath, classPath, runs));
            }
        }
        delete(minimalDir);

        System.out.println();
        System.out.println("| corpus | resources | source lines | without (ms) | with (ms) | plain (ms) | with − without |"
                + " processing = with − plain | generated code = plain − without | minimal (ms) |"
                + " minimal − without |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Cell c : cells) {
            System.out.printf("| %s | %d | %d | %d | %d | %d | %+d (%+.1f%%) | %+d (%.1f%% of without) | %+d | %d |"
                    + " %+d (%+.1f%%) |%n",
                    c.corpus.name(), c.corpus.resources(), c.corpus.lines(), c.without, c.with, c.plain,
                    c.with - c.without, percent(c.with - c.without, c.without), c.with - c.plain,
                    percent(c.with - c.plain, c.without), c.plain - c.without, c.minimal, c.minimal - c.without,
                    percent(c.minimal - c.without, c.without));
        }
        if (Files.isExecutable(TIME)) {
            System.out.println();
            System.out.println("CPU time of the javac process (user + system, median; less sensitive than wall time to"
                    + " other load on the machine):");
            System.out.println();
            System.out.println("| corpus | resources | without (ms) | with (ms) | plain (ms) | with − without |"
                    + " processing = with − plain | generated code = plain − without | minimal (ms) |"
                    + " minimal − without |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            for (Cell c : cells) {
                System.out.printf("| %s | %d | %d | %d | %d | %+d (%+.1f%%) | %+d (%.1f%% of without) | %+d | %d |"
                        + " %+d (%+.1f%%) |%n",
                        c.corpus.name(), c.corpus.resources(), c.withoutCpu, c.withCpu, c.plainCpu,
                        c.withCpu - c.withoutCpu, percent(c.withCpu - c.withoutCpu, c.withoutCpu),
                        c.withCpu - c.plainCpu, percent(c.withCpu - c.plainCpu, c.withoutCpu),
                        c.plainCpu - c.withoutCpu, c.minimalCpu, c.minimalCpu - c.withoutCpu,
                        percent(c.minimalCpu - c.withoutCpu, c.withoutCpu));
            }
        }
        System.out.println();
        System.out.println("Raw runs (ms), without / with / plain / minimal:");
        for (Cell c : cells) {
            System.out.printf("  %s %d: %s / %s / %s / %s%n", c.corpus.name(), c.corpus.resources(), c.withoutRuns,
                    c.withRuns, c.plainRuns, c.minimalRuns);
        }
        System.out.println();
        System.out.println("Goals (issue 15):");
        for (Cell c : cells) {
            if (c.corpus.name().equals("realistic")) {
                goal("realistic " + c.corpus.resources() + ": with − without ≤ 10% of without",
                        percent(c.with - c.without, c.without), 10, "%");
                goal("  the minimal processor, same measure", percent(c.minimal - c.without, c.without), 10, "%");
            } else if (c.corpus.resources() == 1) {
                goal("trivial 1: with − without ≤ 100 ms", c.with - c.without, 100, " ms");
                goal("  the minimal processor, same measure", c.minimal - c.without, 100, " ms");
            } else if (c.corpus.resources() == 1000) {
                goal("trivial 1000: processing (with − plain) ≤ 15% of without",
                        percent(c.with - c.plain, c.without), 15, "%");
            }
        }
    }

    private static void goal(String what, double value, double limit, String unit) {
        System.out.printf("  %-60s %7.1f%s  %s%n", what, value, unit, value <= limit ? "met" : "MISSED");
    }

    private static double percent(long part, long whole) {
        return 100.0 * part / whole;
    }

    /** Compiles {@link #MINIMAL_PROCESSOR} into {@code dir}, with its service file; returns the processor path. */
    private static String compileMinimalProcessor(Path dir) throws Exception {
        Path source = Files.createDirectories(dir.resolve("src/minimal")).resolve("MinimalProcessor.java");
        Files.writeString(source, MINIMAL_PROCESSOR, StandardCharsets.UTF_8);
        Path classes = dir.resolve("classes");
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve("javax.annotation.processing.Processor"), "minimal.MinimalProcessor\n",
                StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("javac", "-proc:none", "-d", classes.toString(), source.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("cannot compile the minimal processor:\n" + output);
        }
        return classes.toString();
    }

    private static Cell measure(String name, int n, String processorPath, String minimalPath, String classPath,
            int runs) throws Exception {
        Path dir = Files.createTempDirectory("cordial-compile-" + name + "-" + n + "-");
        try {
            Corpus corpus = Corpus.generate(name, n, dir);
            Path sources = list(dir.resolve("sources.txt"), corpus.files());

            // Warm the file cache, check the processor, and capture what it generates for "plain".
            Run first = javac(dir, sources, classPath, processorPath);
            List<Path> generated = generatedFilters(dir.resolve("gen"));
            if (generated.size() != corpus.annotatedResources()) {
                throw new IllegalStateException("the processor generated " + generated.size() + " filters for "
                        + corpus.annotatedResources() + " annotated resources in " + dir + ":\n" + first.output);
            }
            long warnings = first.output.lines().filter(l -> l.contains("warning:")).count();
            System.out.printf("%s %d: %d files, %d lines, %d annotated resources, %d filters generated, %d javac"
                    + " warnings with the processor%n", name, n, corpus.files().size(), corpus.lines(),
                    corpus.annotatedResources(), generated.size(), warnings);
            Path captured = Files.createDirectories(dir.resolve("generated"));
            List<Path> plainFiles = new ArrayList<>(corpus.files());
            for (Path g : generated) {
                Path copy = captured.resolve(dir.resolve("gen").relativize(g));
                Files.createDirectories(copy.getParent());
                Files.copy(g, copy);
                plainFiles.add(copy);
            }
            Path plainSources = list(dir.resolve("sources-plain.txt"), plainFiles);
            javac(dir, sources, classPath, null);
            javac(dir, plainSources, classPath, null);

            String loadBefore = loadAverage();
            List<Long> without = new ArrayList<>();
            List<Long> with = new ArrayList<>();
            List<Long> plain = new ArrayList<>();
            List<Long> withoutCpu = new ArrayList<>();
            List<Long> withCpu = new ArrayList<>();
            List<Long> plainCpu = new ArrayList<>();
            List<Long> minimal = new ArrayList<>();
            List<Long> minimalCpu = new ArrayList<>();
            javac(dir, sources, classPath, minimalPath);
            for (int r = 0; r < runs; r++) {
                Run a = javac(dir, sources, classPath, null);
                Run w = javac(dir, sources, classPath, processorPath);
                if (generatedFilters(dir.resolve("gen")).size() != corpus.annotatedResources()) {
                    throw new IllegalStateException("the processor did not run:\n" + w.output);
                }
                Run b = javac(dir, plainSources, classPath, null);
                if (!generatedFilters(dir.resolve("gen")).isEmpty()) {
                    throw new IllegalStateException("-proc:none ran a processor");
                }
                Run m = javac(dir, sources, classPath, minimalPath);
                if (generated(dir.resolve("gen"), "_Minimal.java").size() != corpus.annotatedResources()) {
                    throw new IllegalStateException("the minimal processor did not generate one class per annotated"
                            + " resource:\n" + m.output);
                }
                minimal.add(m.ms);
                minimalCpu.add(m.cpuMs);
                without.add(a.ms);
                with.add(w.ms);
                plain.add(b.ms);
                withoutCpu.add(a.cpuMs);
                withCpu.add(w.cpuMs);
                plainCpu.add(b.cpuMs);
            }
            Cell cell = new Cell(corpus, median(without), median(with), median(plain), median(minimal), without, with,
                    plain, minimal, median(withoutCpu), median(withCpu), median(plainCpu), median(minimalCpu));
            System.out.printf("  without %d ms, with %d ms, plain %d ms, minimal %d ms (load average before %s, after"
                    + " %s)%n", cell.without, cell.with, cell.plain, cell.minimal, loadBefore, loadAverage());
            return cell;
        } finally {
            delete(dir);
        }
    }

    private static Path list(Path file, List<Path> files) throws IOException {
        Files.write(file, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        return file;
    }

    private static List<Path> generatedFilters(Path gen) throws IOException {
        return generated(gen, "_CordialFilter.java");
    }

    private static List<Path> generated(Path gen, String suffix) throws IOException {
        if (!Files.exists(gen)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(gen)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private record Run(long ms, long cpuMs, String output) {}

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** One javac process. {@code processorPath} null means -proc:none. */
    private static Run javac(Path dir, Path sources, String classPath, String processorPath) throws Exception {
        Path out = dir.resolve("out");
        Path gen = dir.resolve("gen");
        delete(out);
        delete(gen);
        Files.createDirectories(out);
        Files.createDirectories(gen);
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            command.addAll(List.of(TIME.toString(), "-f", TIME_MARK + " %U %S"));
        }
        command.addAll(List.of("javac", "-J-Xmx1g", "-d", out.toString(), "-s",
                gen.toString(), "-cp", classPath));
        if (processorPath == null) {
            command.add("-proc:none");
        } else {
            command.addAll(List.of("-processorpath", processorPath));
        }
        command.add("@" + sources);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("javac failed (" + String.join(" ", command) + "):\n" + output);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = -1;
        int mark = output.lastIndexOf(TIME_MARK);
        if (mark >= 0) {
            String[] userSystem = output.substring(mark + TIME_MARK.length()).strip().split("\\s+");
            cpuMs = Math.round((Double.parseDouble(userSystem[0]) + Double.parseDouble(userSystem[1])) * 1000);
            output = output.substring(0, mark);
        }
        return new Run(ms, cpuMs, output);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
