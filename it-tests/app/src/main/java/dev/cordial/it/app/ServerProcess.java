package dev.cordial.it.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A server a row runs as its own operating-system process, as users run it (Payara Micro, WildFly):
 * everything it prints (standard output and error together, without colour codes) is kept and
 * copied, line by line, to a log file under {@code target/}; closing it stops the process and every process it started
 * ({@code standalone.sh} starts the JVM that is WildFly), gently first.
 */
public final class ServerProcess implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** Colour codes, which WildFly's console log has even when it is not a terminal. */
    private static final java.util.regex.Pattern ANSI = java.util.regex.Pattern.compile("\u001B\\[[0-9;]*m");

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final Thread reader;

    private ServerProcess(Process process, Path log) throws IOException {
        this.process = process;
        PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true);
        this.reader = new Thread(() -> {
            try (copy; BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String raw; (raw = in.readLine()) != null; ) {
                    String line = ANSI.matcher(raw).replaceAll("");
                    copy.println(line);
                    synchronized (output) {
                        output.add(line);
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
        }, "server-output-" + log.getFileName());
        reader.setDaemon(true);
        reader.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
    }

    /** Starts {@code command} (its output to {@code log}, which is overwritten). */
    public static ServerProcess start(ProcessBuilder command, Path log) throws IOException {
        return new ServerProcess(command.redirectErrorStream(true).start(), log);
    }

    /** {@code -Dkey=value} for each of the test JVM's {@code cordial.it.*} system properties, sorted. */
    public static List<String> itSystemProperties() {
        return System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith("cordial.it.")).sorted()
                .map(key -> "-D" + key + "=" + System.getProperty(key)).toList();
    }

    /** A loopback port nothing listens on just now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** The path named by system property {@code key} (failsafe sets it), which the build must have made. */
    public static Path builtPath(String key) {
        Path path = Path.of(System.getProperty(key, "")).toAbsolutePath();
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " (" + key + ") does not exist: run the package phase first (mvn verify)");
        }
        return path;
    }

    /** Deletes {@code dir} and everything below it, if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Zips the directory {@code dir} (a WAR the build assembled as a tree) into {@code war}. */
    public static Path zip(Path dir, Path war) throws IOException {
        try (OutputStream file = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(file);
                Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return war;
    }

    /** {@code GET http://127.0.0.1:port/path}'s status, or -1 when nothing answers. */
    public static int status(int port, String path) throws InterruptedException {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Waits until {@code done} holds (it is asked again whenever a line comes, and at least every
     * 200 ms), the process and its output have ended, or {@code timeout} has passed; answers whether
     * {@code done} held.
     */
    public boolean await(Predicate<ServerProcess> done, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (output) {
            while (!done.test(this)) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return done.test(this);
                }
                output.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 200_000_000L))));
            }
            return true;
        }
    }

    /** Whether a line printed so far matches. */
    public boolean printed(Predicate<String> line) {
        synchronized (output) {
            return output.stream().anyMatch(line);
        }
    }

    /** Every line the process printed so far. */
    public List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** The process's exit code, if it has exited. */
    public Optional<Integer> exitCode() {
        return process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    /** Waits up to {@code timeout} for the process to exit. */
    public Optional<Integer> waitForExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? exitCode() : Optional.empty();
    }

    /**
     * Asks the process to stop, its descendants first when it has any (the JVM {@code standalone.sh}
     * started: the JDK stops reading a child's output once the child itself has exited, so the
     * script must outlive the server to keep its last lines); waits up to 20 s in all, then kills
     * what is left.
     */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try {
            for (ProcessHandle p : descendants) {
                p.destroy();
            }
            for (ProcessHandle p : descendants) {
                awaitExit(p, deadline);
            }
            process.destroy();
            awaitExit(process.toHandle(), deadline);
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(2_000);
        } catch (InterruptedException e) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitExit(ProcessHandle p, long deadline) throws InterruptedException {
        try {
            p.onExit().get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // killed by the caller
        }
    }

    private void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
