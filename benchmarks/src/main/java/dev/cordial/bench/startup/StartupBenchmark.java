package dev.cordial.bench.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * Startup time of real servers with N annotated resources, with and without Cordial: the time from
 * launching a fresh {@code java} process to the first {@code 200} answer to
 * {@code GET /api/r0} with an allowed {@code Origin}. benchmarks/startup/run.sh prepares the
 * class paths and the compiled resources and runs this; it uses nothing but the JDK so that the
 * script can compile it on its own.
 *
 * <p>Configuration, all system properties:
 * <ul>
 *   <li>{@code stacks}: names, e.g. {@code jersey,resteasy}; per stack {@code NAME.main} (the server
 *       main, run as {@code MAIN PORT APPLICATION}), {@code NAME.cp} (class path with
 *       cordial-runtime) and {@code NAME.cp.without} (the same without it);
 *   <li>{@code sizes}: resource counts, e.g. {@code 1,100,1000}; per size {@code classes.N} (the
 *       directory of the compiled resources, put first on the class path) and {@code app.N} (the
 *       Application class);
 *   <li>{@code runs} (default 5), {@code warmups} (discarded launches per variant before a cell,
 *       default 1), {@code jvm.opts} (default {@code -Xms512m -Xmx512m}), {@code poll.ms} (default 5),
 *       {@code origin} (default {@code https://app.example.com}).
 * </ul>
 * Each launch gets a free port picked just before it. Per cell the variants alternate, and so does
 * which of them goes first in a round (without/with, then with/without, ...), so that drift of the
 * machine hits both alike. With Cordial the answer must carry
 * {@code Access-Control-Allow-Origin: ORIGIN}, without it must not; after the first 200, the last
 * resource ({@code GET /api/r(N-1)/7}) must answer the same way. Any other outcome fails the run
 * (exit status 1).
 */
public final class StartupBenchmark {

    private StartupBenchmark() {}

    private static final String ORIGIN = System.getProperty("origin", "https://app.example.com");
    private static final long POLL_MS = Long.getLong("poll.ms", 5);
    private static final long TIMEOUT_MS = Long.getLong("timeout.ms", 180_000);
    private static final double QUIET_IDLE = Double.parseDouble(System.getProperty("quiet.idle", "0.85"));
    private static final long QUIET_MAX_MS = Long.getLong("quiet.max.ms", 120_000);
    private static final long CLK_TCK = Long.getLong("clk.tck", 100);
    private static final int CPUS = Runtime.getRuntime().availableProcessors();

    /** One launch: launch-to-first-200, and the split the server's own timestamps give. */
    record Launch(long totalMs, long bootMs, long initMs, long firstRequestMs, int polls, long cpuMs,
            double othersCpu, boolean quiet) {}

    record Cell(String stack, int size, List<Launch> without, List<Launch> with) {}

    record Answer(int status, String allowOrigin) {}

    public static void main(String[] args) throws Exception {
        List<String> stacks = list(required("stacks"));
        List<Integer> sizes = list(required("sizes")).stream().map(Integer::parseInt).toList();
        int runs = Integer.getInteger("runs", 5);
        int warmups = Integer.getInteger("warmups", 1);
        List<String> jvmOpts = list(System.getProperty("jvm.opts", "-Xms512m -Xmx512m"), "\\s+");
        Path logs = Files.createTempDirectory("cordial-startup-logs-");

        System.out.printf("launch of `java %s -cp CLASSES:CP MAIN PORT APP` to the first 200 of GET /api/r0 (Origin: %s),"
                + " polled every %d ms; %d runs per variant and cell, %d discarded warm-up launch(es) each,"
                + " variants alternating%n%n", String.join(" ", jvmOpts), ORIGIN, POLL_MS, runs, warmups);
        List<Cell> cells = new ArrayList<>();
        for (int size : sizes) {
            for (String stack : stacks) {
                Cell cell = measure(stack, size, runs, warmups, jvmOpts, logs);
                cells.add(cell);
                System.out.printf("%-8s %5d: without %s | with %s ms; CPU %s | %s ms%n", stack, size,
                        millis(cell.without, Launch::totalMs), millis(cell.with, Launch::totalMs),
                        millis(cell.without, Launch::cpuMs), millis(cell.with, Launch::cpuMs));
            }
        }

        System.out.println();
        System.out.println("Launch to first 200, ms, median [min–max]. Share = (with − without) / with, the part of"
                + " the with-Cordial startup that Cordial adds; overhead = (with − without) / without.");
        System.out.println();
        System.out.println("| stack | resources | without Cordial | with Cordial | with − without | Cordial's share"
                + " | overhead |");
        System.out.println("| --- | ---: | --- | --- | ---: | ---: | ---: |");
        for (Cell c : cells) {
            long without = median(c.without, Launch::totalMs);
            long with = median(c.with, Launch::totalMs);
            System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %+d | %.1f%% | %.1f%% |%n", c.stack, c.size,
                    summary(c.without, Launch::totalMs), summary(c.with, Launch::totalMs), with - without,
                    100.0 * (with - without) / with, 100.0 * (with - without) / without);
        }
        System.out.println();
        System.out.println("Same launches, CPU time of the server process (all threads: JIT and GC included) at the"
                + " first 200, ms, median [min–max]: less sensitive to other load on the machine than wall time."
                + " Others' CPU: median busy share of all CPUs by other processes during the launches.");
        System.out.println();
        System.out.println("| stack | resources | without Cordial | with Cordial | with − without | Cordial's share"
                + " | others' CPU without / with | launches not on a quiet machine |");
        System.out.println("| --- | ---: | --- | --- | ---: | ---: | --- | ---: |");
        for (Cell c : cells) {
            long without = median(c.without, Launch::cpuMs);
            long with = median(c.with, Launch::cpuMs);
            long noisy = java.util.stream.Stream.concat(c.without.stream(), c.with.stream()).filter(l -> !l.quiet)
                    .count();
            System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %+d | %.1f%% | %.0f%% / %.0f%% | %d |%n", c.stack,
                    c.size, summary(c.without, Launch::cpuMs), summary(c.with, Launch::cpuMs), with - without,
                    100.0 * (with - without) / with, 100 * medianShare(c.without), 100 * medianShare(c.with), noisy);
        }
        System.out.println();
        System.out.println("Split by the server's own clock (medians, ms): JVM launch to main / main to server ready"
                + " / ready to first 200 (includes the first request's own work and up to one poll interval)");
        System.out.println();
        System.out.println("| stack | resources | without: boot / init / first | with: boot / init / first |"
                + " init with − without |");
        System.out.println("| --- | ---: | --- | --- | ---: |");
        for (Cell c : cells) {
            System.out.printf("| %s | %,d | %s | %s | %+d |%n", c.stack, c.size, split(c.without), split(c.with),
                    median(c.with, Launch::initMs) - median(c.without, Launch::initMs));
        }
        System.out.println();
        System.out.println("Raw launch-to-first-200 runs (ms), without / with:");
        for (Cell c : cells) {
            System.out.printf("  %s %d: %s / %s%n", c.stack, c.size, millis(c.without, Launch::totalMs),
                    millis(c.with, Launch::totalMs));
        }
        System.out.println();
        System.out.println("Goal (issue 15): Cordial's share of startup at 1,000 resources ≤ 10%");
        for (Cell c : cells) {
            if (c.size == 1000) {
                long without = median(c.without, Launch::totalMs);
                long with = median(c.with, Launch::totalMs);
                double share = 100.0 * (with - without) / with;
                long cpuWithout = median(c.without, Launch::cpuMs);
                long cpuWith = median(c.with, Launch::cpuMs);
                double cpuShare = 100.0 * (cpuWith - cpuWithout) / cpuWith;
                System.out.printf(Locale.ROOT, "  %-10s wall %5.1f%%  %s   (CPU time %5.1f%%  %s)%n", c.stack, share,
                        share <= 10 ? "met" : "MISSED", cpuShare, cpuShare <= 10 ? "met" : "MISSED");
            }
        }
        deleteTree(logs);
    }

    private static Cell measure(String stack, int size, int runs, int warmups, List<String> jvmOpts, Path logs)
            throws Exception {
        String main = required(stack + ".main");
        String classes = required("classes." + size);
        String app = required("app." + size);
        // The application's classes first, as `java -cp app:libs...`, Maven's exec and Spring Boot's
        // BOOT-INF/classes put them: a class of the application is then found without probing every jar.
        String withCp = classes + ":" + required(stack + ".cp");
        String withoutCp = classes + ":" + required(stack + ".cp.without");
        if (withoutCp.contains("cordial-runtime")) {
            throw new IllegalStateException(stack + ".cp.without holds cordial-runtime: " + withoutCp);
        }
        for (int i = 0; i < warmups; i++) {
            launch(stack, size, main, app, withoutCp, false, jvmOpts, logs);
            launch(stack, size, main, app, withCp, true, jvmOpts, logs);
        }
        List<Launch> without = new ArrayList<>();
        List<Launch> with = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            if (r % 2 == 0) {
                without.add(launch(stack, size, main, app, withoutCp, false, jvmOpts, logs));
                with.add(launch(stack, size, main, app, withCp, true, jvmOpts, logs));
            } else {
                with.add(launch(stack, size, main, app, withCp, true, jvmOpts, logs));
                without.add(launch(stack, size, main, app, withoutCp, false, jvmOpts, logs));
            }
        }
        return new Cell(stack, size, without, with);
    }

    private static Launch launch(String stack, int size, String main, String app, String cp, boolean cordial,
            List<String> jvmOpts, Path logs) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOpts);
        command.addAll(List.of("-cp", cp, main, Integer.toString(port), app));
        String variant = stack + " " + size + (cordial ? " with" : " without") + " Cordial";
        Path log = logs.resolve(stack + "-" + size + (cordial ? "-with" : "-without") + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());

        boolean quiet = waitForQuiet(variant);
        long[] cpuBefore = machineTicks();
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            int polls = 0;
            Answer answer;
            while (true) {
                polls++;
                answer = get(port, "/api/r0");
                if (answer != null && answer.status == 200) {
                    break;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(variant + ": the server exited with status " + process.exitValue()
                            + " before answering 200:\n" + Files.readString(log));
                }
                if (System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS)) {
                    throw new IllegalStateException(variant + ": no 200 after " + TIMEOUT_MS + " ms (last: "
                            + answer + "):\n" + Files.readString(log));
                }
                Thread.sleep(POLL_MS);
            }
            long totalMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            long answeredMillis = System.currentTimeMillis();
            long ownTicks = processTicks(process.pid());
            long[] cpuAfter = machineTicks();
            // Busy CPU of everything else on the machine during the launch, as a share of all CPUs.
            double othersCpu = Math.max(0, (double) (cpuAfter[0] - cpuBefore[0] - ownTicks)
                    / Math.max(1, cpuAfter[1] - cpuBefore[1]));
            check(variant, "/api/r0", answer, cordial, log);
            check(variant, "/api/r" + (size - 1) + "/7", get(port, "/api/r" + (size - 1) + "/7"), cordial, log);

            long mainAt = stamp(log, "main ", variant);
            long readyAt = stamp(log, "ready ", variant);
            return new Launch(totalMs, mainAt - startMillis, readyAt - mainAt, answeredMillis - readyAt, polls,
                    ownTicks * 1000 / CLK_TCK, othersCpu, quiet);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static void check(String variant, String path, Answer answer, boolean cordial, Path log)
            throws IOException {
        if (answer == null || answer.status != 200) {
            throw new IllegalStateException(variant + ": GET " + path + " answered " + answer + ":\n"
                    + Files.readString(log));
        }
        if (cordial && !ORIGIN.equals(answer.allowOrigin)) {
            throw new IllegalStateException(variant + ": GET " + path + " has Access-Control-Allow-Origin "
                    + answer.allowOrigin + ", not " + ORIGIN + ": is Cordial not active?\n" + Files.readString(log));
        }
        if (!cordial && answer.allowOrigin != null) {
            throw new IllegalStateException(variant + ": GET " + path + " has Access-Control-Allow-Origin "
                    + answer.allowOrigin + " although cordial-runtime is off the class path");
        }
    }

    /** One HTTP/1.1 request on a fresh connection; null when nothing listens yet. */
    private static Answer get(int port, String path) throws IOException {
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            } catch (ConnectException e) {
                return null;
            }
            socket.setSoTimeout((int) TIMEOUT_MS);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nOrigin: " + ORIGIN
                    + "\r\nAccept: */*\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head;
            try {
                head = readHead(socket.getInputStream());
            } catch (java.net.SocketException e) {
                return null; // reset while the server was coming up
            }
            if (head.isEmpty()) {
                return null;
            }
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String allowOrigin = null;
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Access-Control-Allow-Origin")) {
                    allowOrigin = line.substring(colon + 1).trim();
                }
            }
            return new Answer(status, allowOrigin);
        }
    }

    /** The status line and headers, up to the blank line (or what came before the end of the stream). */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            sb.append((char) b);
            int n = sb.length();
            if (n >= 4 && sb.charAt(n - 4) == '\r' && sb.charAt(n - 3) == '\n' && sb.charAt(n - 2) == '\r'
                    && sb.charAt(n - 1) == '\n') {
                return sb.substring(0, n - 4);
            }
        }
        return sb.toString();
    }

    /** {busy, total} jiffies over all CPUs, from the first line of /proc/stat; {0, 1} elsewhere. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                long v = Long.parseLong(f[i]);
                total += v;
                if (i == 4 || i == 5) {
                    idle += v;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 1};
        }
    }

    /** utime + stime of a process, all threads, in jiffies; 0 when /proc is not there. */
    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of proc(5)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Waits until the machine has been at least {@code quiet.idle} idle over one second (other
     * builds and benchmarks share it), at most {@code quiet.max.ms}; false if it never was.
     */
    private static boolean waitForQuiet(String variant) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(QUIET_MAX_MS);
        boolean told = false;
        while (true) {
            long[] a = machineTicks();
            Thread.sleep(1000);
            long[] b = machineTicks();
            double idle = 1 - (double) (b[0] - a[0]) / Math.max(1, b[1] - a[1]);
            if (idle >= QUIET_IDLE) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                System.out.printf(Locale.ROOT, "  (%s: machine still only %.0f%% idle after %d s; launching anyway)%n",
                        variant, 100 * idle, QUIET_MAX_MS / 1000);
                return false;
            }
            if (!told) {
                System.out.printf(Locale.ROOT, "  (%s: machine %.0f%% idle, waiting for ≥ %.0f%%)%n", variant,
                        100 * idle, 100 * QUIET_IDLE);
                told = true;
            }
        }
    }

    private static long stamp(Path log, String prefix, String variant) throws IOException {
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith(prefix)) {
                return Long.parseLong(line.substring(prefix.length()).trim());
            }
        }
        throw new IllegalStateException(variant + ": no '" + prefix.trim() + "' line:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String split(List<Launch> launches) {
        return median(launches, Launch::bootMs) + " / " + median(launches, Launch::initMs) + " / "
                + median(launches, Launch::firstRequestMs);
    }

    private static String summary(List<Launch> launches, ToLongFunction<Launch> f) {
        long[] v = launches.stream().mapToLong(f).sorted().toArray();
        return String.format(Locale.ROOT, "%,d [%,d–%,d]", median(launches, f), v[0], v[v.length - 1]);
    }

    private static String millis(List<Launch> launches, ToLongFunction<Launch> f) {
        return launches.stream().mapToLong(f).boxed().toList().toString();
    }

    /** The median; the lower middle of an even count. */
    private static long median(List<Launch> launches, ToLongFunction<Launch> f) {
        long[] v = launches.stream().mapToLong(f).sorted().toArray();
        return v[(v.length - 1) / 2];
    }

    private static double medianShare(List<Launch> launches) {
        double[] v = launches.stream().mapToDouble(Launch::othersCpu).sorted().toArray();
        return v[(v.length - 1) / 2];
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing -D" + property);
        }
        return value;
    }

    private static List<String> list(String value) {
        return list(value, ",");
    }

    private static List<String> list(String value, String separator) {
        return Arrays.stream(value.trim().split(separator)).filter(s -> !s.isBlank()).toList();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
