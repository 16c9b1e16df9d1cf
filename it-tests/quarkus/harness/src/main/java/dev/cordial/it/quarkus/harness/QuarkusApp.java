package dev.cordial.it.quarkus.harness;

import dev.cordial.it.app.RunningServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A packaged Quarkus application ({@code target/quarkus-app/quarkus-run.jar}) run as
 * {@code java -jar} in its own process, by the java that runs the tests, on a loopback port the
 * system picks ({@code quarkus.http.port=0}), with the test JVM's {@code cordial.it.*} system
 * properties; the real port is read from Quarkus's "Listening on" line. Everything the process prints is kept, and copied to
 * {@code target/<name>.log}.
 */
public final class QuarkusApp implements RunningServer {

    private static final Pattern LISTENING = Pattern.compile("Listening on: (http://127\\.0\\.0\\.1:(\\d+))");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final Thread reader;
    private volatile URI base;

    private QuarkusApp(Process process, Path log) throws IOException {
        this.process = process;
        PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
        this.reader = new Thread(() -> {
            try (copy; BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    String plain = ANSI.matcher(line).replaceAll("");
                    copy.println(plain);
                    synchronized (output) {
                        output.add(plain);
                        output.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process went away
            } finally {
                synchronized (output) {
                    output.notifyAll();
                }
            }
        }, "quarkus-output-" + log.getFileName());
        reader.setDaemon(true);
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    }

    /** The packaged application of the module under test (failsafe passes its path). */
    public static Path jar() {
        return Path.of(System.getProperty("cordial.quarkus.jar", "target/quarkus-app/quarkus-run.jar"));
    }

    private static QuarkusApp launch(String name) throws IOException {
        Path jar = jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: run the package phase first (mvn verify)");
        }
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0"));
        // The origins OriginsContract expects from system properties (the environment is inherited).
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith("cordial.it.")).sorted()
                .forEach(key -> command.add("-D" + key + "=" + System.getProperty(key)));
        command.addAll(List.of("-jar", jar.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Path log = jar.getParent().getParent().resolve(name + ".log");
        return new QuarkusApp(process, log);
    }

    /**
     * Starts the application and waits for its "Listening on" line; fails with everything it
     * printed if it exits or does not listen within a minute.
     */
    public static QuarkusApp start(String name) throws IOException, InterruptedException {
        QuarkusApp app = launch(name);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        synchronized (app.output) {
            while (app.base == null) {
                for (String line : app.output) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        app.base = URI.create(m.group(1) + "/api/");
                    }
                }
                if (app.base != null) {
                    break;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!app.process.isAlive() && !app.reader.isAlive())) {
                    app.close();
                    throw new AssertionError("the Quarkus application did not start listening (exit "
                            + (app.process.isAlive() ? "none yet" : app.process.exitValue()) + "):\n"
                            + String.join("\n", app.output));
                }
                app.output.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 200_000_000L))));
            }
        }
        return app;
    }

    /** What a run that should not start produced. */
    public record Exit(Integer code, boolean listened, List<String> output) {}

    /**
     * Runs the application until it exits on its own (at most a minute); if it starts listening
     * instead, stops it and reports that it did.
     */
    public static Exit runToExit(String name) throws IOException, InterruptedException {
        QuarkusApp app = launch(name);
        boolean exited = app.process.waitFor(STARTUP.toMillis(), TimeUnit.MILLISECONDS);
        Integer code = exited ? app.process.exitValue() : null;
        app.reader.join(5_000);
        boolean listened = app.output().stream().anyMatch(l -> LISTENING.matcher(l).find());
        app.close();
        return new Exit(code, listened, app.output());
    }

    /** Every line the process printed so far, without colour codes. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    @Override
    public URI baseUri() {
        return base;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            reader.join(2_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
