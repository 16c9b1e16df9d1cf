package dev.cordial.bench.resteasy;

import io.undertow.Undertow;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/**
 * The startup benchmark's RESTEasy server (benchmarks/startup/run.sh):
 * {@code ResteasyStartupServer PORT APPLICATION_CLASS}. Loads the {@link Application} by name,
 * deploys it on Undertow at 127.0.0.1:PORT, and prints {@code main EPOCH_MS} on entry and
 * {@code ready EPOCH_MS} once the deployment is done, for the harness to split the time.
 * Deliberately nothing else: no dependency on the test application, so that the class path
 * holds only what a RESTEasy service with Cordial holds.
 */
public final class ResteasyStartupServer {

    private ResteasyStartupServer() {}

    public static void main(String[] args) throws Exception {
        System.out.println("main " + System.currentTimeMillis());
        int port = Integer.parseInt(args[0]);
        Class<? extends Application> app = Class.forName(args[1]).asSubclass(Application.class);
        if (app.getAnnotation(ApplicationPath.class) == null) {
            throw new IllegalArgumentException(app.getName() + " has no @ApplicationPath");
        }
        UndertowJaxrsServer server = new UndertowJaxrsServer();
        // Undertow listens from start() on; until deploy() returns it answers 404, never 200.
        server.start(Undertow.builder().addHttpListener(port, "127.0.0.1"));
        // Context "/" so that the @ApplicationPath is mounted once, not twice.
        server.deploy(app, "/");
        System.out.println("ready " + System.currentTimeMillis());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        Thread.currentThread().join();
    }
}
