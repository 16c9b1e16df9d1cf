package dev.cordial.it.app;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A Jakarta EE server in its own process ({@link ServerProcess}) serving one WAR under
 * {@value #CONTEXT_ROOT}, its JAX-RS application under {@code /cordial/api/}, on a loopback port:
 * what the Payara and WildFly harnesses share.
 */
public abstract class DeployedWar implements RunningServer {

    /** The WAR's context root. */
    public static final String CONTEXT_ROOT = "cordial";

    /** The server's process. */
    protected final ServerProcess process;
    private final int port;

    protected DeployedWar(ServerProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The process's exit code, if it has exited. */
    public Optional<Integer> exitCode() {
        return process.exitCode();
    }

    /** Waits up to {@code timeout} for the process to exit. */
    public Optional<Integer> waitForExit(Duration timeout) throws InterruptedException {
        return process.waitForExit(timeout);
    }

    /** {@code GET path} on the server's root (not the application's), or -1 when nothing listens. */
    public int status(String path) throws InterruptedException {
        return ServerProcess.status(port, path);
    }

    /** Every line the process printed so far. */
    public List<String> output() {
        return process.output();
    }

    @Override
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/" + CONTEXT_ROOT + "/api/");
    }

    @Override
    public void close() {
        process.close();
    }
}
