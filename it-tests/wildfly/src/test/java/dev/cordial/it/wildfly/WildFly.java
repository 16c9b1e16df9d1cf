package dev.cordial.it.wildfly;

import dev.cordial.it.app.DeployedWar;
import dev.cordial.it.app.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * WildFly run as users run it: {@code bin/standalone.sh} of the distribution the build unpacked,
 * default {@code standalone.xml}, by the java that runs the tests ({@code JAVA_HOME} is the test
 * JVM's {@code java.home}), the WAR copied into {@code standalone/deployments} before boot for the
 * deployment scanner to deploy. Each server has its own copy of {@code standalone/}
 * ({@code target/wildfly-<name>}, given as {@code jboss.server.base.dir}), binds to 127.0.0.1
 * only, on HTTP, HTTPS and management ports picked free just before, and gets the test JVM's
 * {@code cordial.it.*} system properties (the environment is inherited). Everything it prints is
 * kept and copied to {@code target/<name>.log}.
 */
public final class WildFly extends DeployedWar {

    /** The WAR's name in deployments/, which makes {@link #CONTEXT_ROOT} its context root. */
    private static final String WAR = CONTEXT_ROOT + ".war";
    /** WildFly's last line of a boot: "WFLYSRV0025: ... started in" or "WFLYSRV0026: ... started (with errors) in". */
    private static final String STARTED = "WFLYSRV0025:";
    private static final String STARTED_WITH_ERRORS = "WFLYSRV0026:";
    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Path deployments;

    private WildFly(ServerProcess process, int port, Path deployments) {
        super(process, port);
        this.deployments = deployments;
    }

    /** The WAR of the shared application, built by this module. */
    public static Path war() {
        return ServerProcess.builtPath("cordial.wildfly.war");
    }

    /**
     * This module's WAR with {@code ScannedApp} (no classes listed: WildFly scans) in place of
     * {@code WildFlyApp}, zipped from a copy of the WAR's contents.
     */
    public static Path scannedWar() throws IOException {
        Path war = war();
        Path dir = war.resolveSibling("scanned-war");
        ServerProcess.deleteTree(dir);
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(war)) {
            copyTree(zip.getPath("/"), dir);
        }
        Files.delete(dir.resolve("WEB-INF/classes/dev/cordial/it/wildfly/WildFlyApp.class"));
        Path scanned = Path.of("dev/cordial/it/wildfly/scanned");
        copyTree(ServerProcess.builtPath("cordial.wildfly.classes").resolve(scanned),
                dir.resolve("WEB-INF/classes").resolve(scanned));
        return ServerProcess.zip(dir, war.resolveSibling("scanned.war"));
    }

    /** How the WAR built without the processor declares its JAX-RS application. */
    public enum Unprocessed {
        /** No web.xml; {@code UnprocessedApps.ClassLevel}, an {@code @ApplicationPath("api")} subclass. */
        APPLICATION_SUBCLASS,
        /** web.xml maps the default application's servlet ({@code jakarta.ws.rs.core.Application}) to /api/*. */
        WEB_XML,
        /** As {@link #WEB_XML}, the servlet with {@code <load-on-startup>1</load-on-startup>}. */
        WEB_XML_LOAD_ON_STARTUP
    }

    /**
     * The WAR of the resource compiled without the processor, Cordial beside it, zipped from the
     * directory the build assembles (with web.xml), in the form {@code variant} says.
     */
    public static Path unprocessedWar(Unprocessed variant) throws IOException {
        Path built = ServerProcess.builtPath("cordial.wildfly.unprocessed");
        Path dir = built.resolveSibling("unprocessed-" + variant.name().toLowerCase(java.util.Locale.ROOT));
        ServerProcess.deleteTree(dir);
        copyTree(built, dir);
        Path webXml = dir.resolve("WEB-INF/web.xml");
        switch (variant) {
            case APPLICATION_SUBCLASS -> {
                Files.delete(webXml);
                copyTree(ServerProcess.builtPath("cordial.wildfly.unprocessed.app"), dir.resolve("WEB-INF/classes"));
            }
            case WEB_XML -> { }
            case WEB_XML_LOAD_ON_STARTUP -> Files.writeString(webXml, Files.readString(webXml).replace(
                    "<servlet-name>jakarta.ws.rs.core.Application</servlet-name>\n  </servlet>",
                    "<servlet-name>jakarta.ws.rs.core.Application</servlet-name>\n    <load-on-startup>1</load-on-startup>\n  </servlet>"));
        }
        if (variant == Unprocessed.WEB_XML_LOAD_ON_STARTUP && !Files.readString(webXml).contains("<load-on-startup>")) {
            throw new IllegalStateException("no <servlet> to add <load-on-startup> to in " + webXml);
        }
        return ServerProcess.zip(dir, dir.resolveSibling(dir.getFileName() + ".war"));
    }

    private static WildFly launch(String name, Path war) throws IOException {
        Path home = ServerProcess.builtPath("cordial.wildfly.home");
        Path target = home.getParent();
        // A fresh server base: one kept from an earlier run remembers its deployments in standalone/data.
        Path base = target.resolve("wildfly-" + name);
        ServerProcess.deleteTree(base);
        copyTree(home.resolve("standalone"), base);
        Path deployments = base.resolve("deployments");
        Files.copy(war, deployments.resolve(WAR), StandardCopyOption.REPLACE_EXISTING);
        int http = ServerProcess.freePort();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.bind.address=127.0.0.1", "-Djboss.bind.address.management=127.0.0.1",
                "-Djboss.http.port=" + http, "-Djboss.https.port=" + ServerProcess.freePort(),
                "-Djboss.management.http.port=" + ServerProcess.freePort(),
                "-Djboss.management.https.port=" + ServerProcess.freePort(),
                "-Djboss.ajp.port=" + ServerProcess.freePort()));
        command.addAll(ServerProcess.itSystemProperties());
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return new WildFly(ServerProcess.start(builder, target.resolve(name + ".log")), http, deployments);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path copy = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Starts WildFly with {@code war} in its deployments and waits until it has said it started
     * (with errors or not) and the scanner has marked the WAR deployed or failed, or it has exited;
     * at most three minutes. Whether the deployment worked is for the caller to check.
     */
    public static WildFly boot(String name, Path war) throws IOException, InterruptedException {
        WildFly server = launch(name, war);
        server.process.await(p -> server.started() && server.marked(), STARTUP);
        return server;
    }

    /** Boots {@code war} and fails, with everything WildFly printed, unless it is deployed and serving. */
    public static WildFly start(String name, Path war) throws IOException, InterruptedException {
        WildFly server = boot(name, war);
        if (!server.deployed() || server.deploymentFailed()) {
            server.close();
            throw new AssertionError("WildFly did not deploy " + war.getFileName() + " (exit "
                    + server.exitCode().map(String::valueOf).orElse("none yet") + "):\n" + String.join("\n", server.output()));
        }
        return server;
    }

    /** Whether WildFly printed its "started" line, WFLYSRV0025 or WFLYSRV0026 (with errors). */
    public boolean started() {
        return process.printed(l -> l.contains(STARTED) || l.contains(STARTED_WITH_ERRORS));
    }

    /** Whether WildFly said it started with errors (WFLYSRV0026). */
    public boolean startedWithErrors() {
        return process.printed(l -> l.contains(STARTED_WITH_ERRORS));
    }

    private boolean marked() {
        return deployed() || deploymentFailed();
    }

    /** Whether the deployment scanner wrote {@code cordial.war.deployed}. */
    public boolean deployed() {
        return Files.exists(deployments.resolve(WAR + ".deployed"));
    }

    /** Whether the deployment scanner wrote {@code cordial.war.failed}. */
    public boolean deploymentFailed() {
        return Files.exists(deployments.resolve(WAR + ".failed"));
    }

    /** What the scanner wrote into {@code cordial.war.failed}: the failure's description. */
    public String failure() throws IOException {
        return deploymentFailed() ? Files.readString(deployments.resolve(WAR + ".failed")) : "";
    }
}
