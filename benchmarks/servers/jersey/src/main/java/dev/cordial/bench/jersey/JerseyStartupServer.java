package dev.cordial.bench.jersey;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The startup benchmark's Jersey server (benchmarks/startup/run.sh):
 * {@code JerseyStartupServer PORT APPLICATION_CLASS}. Loads the {@link Application} by name,
 * serves it on Grizzly at 127.0.0.1:PORT, and prints {@code main EPOCH_MS} on entry and
 * {@code ready EPOCH_MS} once the server accepts requests, for the harness to split the time.
 * Deliberately nothing else: no dependency on the test application, so that the class path
 * holds only what a Jersey service with Cordial holds.
 */
public final class JerseyStartupServer {

    private JerseyStartupServer() {}

    public static void main(String[] args) throws Exception {
        System.out.println("main " + System.currentTimeMillis());
        int port = Integer.parseInt(args[0]);
        Class<? extends Application> app = Class.forName(args[1]).asSubclass(Application.class);
        if (app.getAnnotation(ApplicationPath.class) == null) {
            throw new IllegalArgumentException(app.getName() + " has no @ApplicationPath");
        }
        // Grizzly's container adds the @ApplicationPath itself, so the server is bound at the root.
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
                ResourceConfig.forApplicationClass(app), true);
        System.out.println("ready " + System.currentTimeMillis());
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        Thread.currentThread().join();
    }
}
