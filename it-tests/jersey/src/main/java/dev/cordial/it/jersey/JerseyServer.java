package dev.cordial.it.jersey;

import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey on Grizzly HTTP, bound to 127.0.0.1 on the given port (0: one the system picks). */
public final class JerseyServer implements RunningServer {

    private final HttpServer server;
    private final URI baseUri;

    private JerseyServer(HttpServer server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    public static JerseyServer start(Application app, int port) {
        String path = app.getClass().getAnnotation(ApplicationPath.class).value();
        // Grizzly's container adds the @ApplicationPath itself, so the server is bound at the root.
        URI requested = URI.create("http://127.0.0.1:" + port + "/");
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(requested, ResourceConfig.forApplication(app), true);
        int bound = server.getListeners().iterator().next().getPort();
        return new JerseyServer(server, URI.create("http://127.0.0.1:" + bound + "/" + path + "/"));
    }

    @Override
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
