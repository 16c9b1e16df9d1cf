package dev.cordial.it.app.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program a {@link Browser} runs (Firefox, Xvfb, WebKitWebDriver): its output read line by line
 * so that it never blocks, the last lines kept for error messages, and a {@link #close} that stops
 * it with everything it spawned.
 */
final class ChildProcess implements AutoCloseable {

    private static final int KEPT_LINES = 40;

    private final String name;
    private final Process process;
    private final Deque<String> lines = new ArrayDeque<>();

    /** Stops the program if the JVM ends first (a test run killed or timed out), so none outlives it. */
    private final Thread stopAtExit;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.stopAtExit = new Thread(this::stop, "stop " + name);
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        Thread reader = new Thread(this::read, name + " output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command} with {@code env} added to this JVM's environment, stderr merged into stdout. */
    static ChildProcess start(String name, List<String> command, Map<String, String> env) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            return new ChildProcess(name, builder.start());
        } catch (IOException e) {
            throw new BrowserException("could not start " + name + " (" + command.get(0) + ")", e);
        }
    }

    /** A loopback port nothing listens on right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    if (lines.size() == KEPT_LINES) {
                        lines.removeFirst();
                    }
                    lines.addLast(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process is gone; close() or the waits report it
        }
        synchronized (lines) {
            lines.notifyAll();
        }
    }

    /** Waits for an output line matching {@code pattern} and returns its first group. */
    String awaitLine(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                for (String line : lines) {
                    Matcher m = pattern.matcher(line);
                    if (m.find()) {
                        return m.group(1);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive()) {
                    throw failure("printed no line matching " + pattern + " within " + timeout.toSeconds() + " s");
                }
                try {
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw failure("interrupted while waiting");
                }
            }
        }
    }

    /** Waits until something accepts connections on loopback {@code port}. */
    void awaitPort(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw failure("did not listen on port " + port + " within " + timeout.toSeconds() + " s");
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("interrupted while waiting");
            }
        }
    }

    /** An error naming this program, its state and its last output lines. */
    BrowserException failure(String what) {
        String state = process.isAlive() ? "running" : "exited with " + process.exitValue();
        String output;
        synchronized (lines) {
            output = String.join("\n  ", lines);
        }
        return new BrowserException(name + " " + what + " (" + state + "); its last output:\n  " + output);
    }

    /** Stops the program and everything it started: politely, then by force after 10 s. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
        stop();
    }

    private void stop() {
        List<ProcessHandle> spawned = process.descendants().toList();
        process.destroy();
        spawned.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : spawned) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            spawned.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
