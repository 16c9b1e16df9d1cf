package dev.cordial.it.payara;

import dev.cordial.it.app.DeployedWar;
import dev.cordial.it.app.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Payara Micro run as users run it, {@code java -jar payara-micro.jar --deploy app.war --port P
 * --nocluster}, in its own process, by a JDK 21+ found at run time ({@link #java21()}), on a free
 * loopback port picked just before; with the test JVM's {@code cordial.it.*} system properties (the
 * environment is inherited). Everything the process prints is kept and copied to
 * {@code target/<name>.log}; the server's configuration lives in {@code target/payara-<name>}.
 */
public final class PayaraMicro extends DeployedWar {

    static final String SKIP = "SKIPPED: Payara Micro 7 needs Java 21+; set JAVA21_HOME";

    /** Payara Micro's last line of a boot, deployments done (or failed). */
    private static final Pattern READY = Pattern.compile("Payara Micro .* ready in [0-9,.]+ \\(ms\\)");
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static volatile boolean skipPrinted;

    private PayaraMicro(ServerProcess process, int port) {
        super(process, port);
    }

    /**
     * A {@code java} of release 21 or later: {@code JAVA21_HOME}, {@code JAVA25_HOME}, the test JVM,
     * then the newest {@code /usr/lib/jvm/*} that is one (another directory: {@code cordial.payara.jvms}); empty when there is none.
     */
    public static Optional<Path> java21() {
        List<Path> homes = new ArrayList<>();
        for (String variable : List.of("JAVA21_HOME", "JAVA25_HOME")) {
            String home = System.getenv(variable);
            if (home != null && !home.isBlank()) {
                homes.add(Path.of(home));
            }
        }
        if (Runtime.version().feature() >= 21) {
            homes.add(Path.of(System.getProperty("java.home")));
        }
        // -Dcordial.payara.jvms=/nonexistent (with a JDK 17 build) shows the skip on a machine that has one.
        try (Stream<Path> jvms = Files.list(Path.of(System.getProperty("cordial.payara.jvms", "/usr/lib/jvm")))) {
            jvms.sorted(Comparator.reverseOrder()).forEach(homes::add);
        } catch (IOException e) {
            // no /usr/lib/jvm
        }
        return homes.stream().filter(home -> release(home) >= 21).map(home -> home.resolve("bin/java")).findFirst();
    }

    /** The feature release in {@code home/release} ({@code JAVA_VERSION="21.0.5"}), 0 if unreadable. */
    private static int release(Path home) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            Matcher m = Pattern.compile("^JAVA_VERSION=\"(\\d+)").matcher(lines.filter(l -> l.startsWith("JAVA_VERSION="))
                    .findFirst().orElse(""));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The JDK 21+ to run Payara Micro with; a JUnit assumption (the test is skipped) when there is none. */
    public static Path requireJava21() {
        Optional<Path> java = java21();
        if (java.isEmpty() && !skipPrinted) {
            skipPrinted = true;
            System.out.println(SKIP);
        }
        Assumptions.assumeTrue(java.isPresent(), SKIP);
        return java.get();
    }

    /** The WAR of the shared application, built by this module. */
    public static Path war() {
        return ServerProcess.builtPath("cordial.payara.war");
    }

    /** The WAR of the resource compiled without the processor, zipped from the directory the build assembles. */
    public static Path unprocessedWar() throws IOException {
        Path dir = ServerProcess.builtPath("cordial.payara.unprocessed");
        return ServerProcess.zip(dir, dir.resolveSibling("unprocessed.war"));
    }

    private static PayaraMicro launch(String name, Path war) throws IOException {
        Path java = requireJava21();
        Path jar = ServerProcess.builtPath("cordial.payara.jar");
        Path target = jar.getParent();
        int port = ServerProcess.freePort();
        // A fresh root: one kept from an earlier run remembers its deployment and loads it before --deploy's.
        Path root = target.resolve("payara-" + name);
        ServerProcess.deleteTree(root);
        // The HTTP listener on loopback only, before the server opens it.
        Path preBoot = target.resolve("payara-" + name + "-preboot.asadmin");
        Files.writeString(preBoot, "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(ServerProcess.itSystemProperties());
        command.addAll(List.of("-jar", jar.toString(), "--deploy", war.toString(), "--contextroot", CONTEXT_ROOT,
                "--port", Integer.toString(port), "--nocluster", "--disablephonehome",
                "--rootdir", root.toString(), "--prebootcommandfile", preBoot.toString()));
        return new PayaraMicro(ServerProcess.start(new ProcessBuilder(command), target.resolve(name + ".log")), port);
    }

    /**
     * Starts Payara Micro with {@code war} and waits for its "ready" line, or its exit; at most three
     * minutes. Whether the deployment worked is for the caller to check ({@link #output()}).
     */
    public static PayaraMicro boot(String name, Path war) throws IOException, InterruptedException {
        PayaraMicro server = launch(name, war);
        server.process.await(p -> server.ready(), STARTUP);
        return server;
    }

    /** Boots {@code war} and fails, with everything Payara printed, unless it is ready and serving. */
    public static PayaraMicro start(String name, Path war) throws IOException, InterruptedException {
        PayaraMicro server = boot(name, war);
        if (!server.ready() || server.deploymentFailed()) {
            server.close();
            throw new AssertionError("Payara Micro did not deploy " + war.getFileName() + " (exit "
                    + server.exitCode().map(String::valueOf).orElse("none yet") + "):\n" + String.join("\n", server.output()));
        }
        return server;
    }

    /** Whether Payara printed its "ready" line. */
    public boolean ready() {
        return process.printed(l -> READY.matcher(l).find());
    }

    /** Whether Payara reported a failed deployment. */
    public boolean deploymentFailed() {
        return process.printed(l -> l.contains("Exception while loading the app")
                || l.contains("Failed to deploy") || l.contains("deployment failed"));
    }
}
