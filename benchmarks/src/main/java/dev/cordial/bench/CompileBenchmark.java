package dev.cordial.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * javac wall time over N generated annotated resources, without and with Cordial's processor, in
 * fresh {@code javac} processes with the same flags; runs alternate, and the median is reported.
 *
 * <pre>java -cp benchmarks.jar dev.cordial.bench.CompileBenchmark PROCESSORPATH CLASSPATH [SIZES] [RUNS]</pre>
 */
public final class CompileBenchmark {

    private CompileBenchmark() {}

    public static void main(String[] args) throws Exception {
        String processorPath = args[0];
        String classPath = args[1];
        int[] sizes = java.util.Arrays.stream((args.length > 2 ? args[2] : "100,500,1000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;

        System.out.printf("javac %s, %d runs per cell (alternating), median wall time; %d cores%n",
                Runtime.version(), runs, Runtime.getRuntime().availableProcessors());
        System.out.println();
        System.out.println("| resources | without processor (ms) | with processor (ms) | ratio | overhead per resource (ms) |");
        System.out.println("| --- | --- | --- | --- | --- |");
        for (int n : sizes) {
            Path dir = Files.createTempDirectory("cordial-compile-" + n);
            Path sources = generate(dir, n);
            List<Long> without = new ArrayList<>();
            List<Long> with = new ArrayList<>();
            javac(dir, sources, classPath, null); // warm the file cache
            for (int r = 0; r < runs; r++) {
                without.add(javac(dir, sources, classPath, null));
                with.add(javac(dir, sources, classPath, processorPath));
            }
            long a = median(without);
            long b = median(with);
            System.out.printf("| %d | %d | %d | %.3f | %.2f |%n", n, a, b, (double) b / a, (double) (b - a) / n);
            delete(dir);
        }
    }

    private static Path generate(Path dir, int n) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("src/bench/gen"));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path file = pkg.resolve("Resource" + i + ".java");
            Files.writeString(file, """
                    package bench.gen;

                    import dev.cordial.AllowCredentials;
                    import jakarta.ws.rs.*;

                    @Path("r%1$d")
                    @AllowCredentials(origins = {"https://app.example.com", "https://*.preview.example.com"},
                            allowHeaders = "Content-Type", exposeHeaders = "X-Total")
                    public class Resource%1$d {
                        @GET public String list() { return ""; }
                        @GET @Path("{id}") public String get(@PathParam("id") long id) { return ""; }
                        @POST @Consumes("application/json") public String create(String body) { return body; }
                        @DELETE @Path("{id}") @AllowCredentials(origins = "https://admin.example.com")
                        public void remove(@PathParam("id") long id) {}
                    }
                    """.formatted(i), StandardCharsets.UTF_8);
            files.add(file.toString());
        }
        Path list = dir.resolve("sources.txt");
        Files.write(list, files, StandardCharsets.UTF_8);
        return list;
    }

    /** One javac process; returns its wall time in ms. {@code processorPath} null means -proc:none. */
    private static long javac(Path dir, Path sources, String classPath, String processorPath) throws Exception {
        Path out = dir.resolve("out");
        delete(out);
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of("javac", "-J-Xmx1g", "-d", out.toString(), "-s",
                out.toString(), "-cp", classPath));
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
            throw new IllegalStateException("javac failed:\n" + output);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (processorPath != null && !Files.exists(out.resolve("bench/gen/Resource0_CordialFilter.class"))) {
            throw new IllegalStateException("the processor did not run:\n" + output);
        }
        return ms;
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
