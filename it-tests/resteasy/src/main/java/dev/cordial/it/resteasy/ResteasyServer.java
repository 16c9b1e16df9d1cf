package dev.cordial.it.resteasy;

import dev.cordial.it.app.RunningServer;
import io.undertow.Undertow;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/** RESTEasy on Undertow, bound to 127.0.0.1 on the given port (0: one the system picks). */
public final class ResteasyServer implements RunningServer {

    private final Embedded server;
    private final URI baseUri;

    private ResteasyServer(Embedded server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    public static ResteasyServer start(Application app, int port) {
        String path = app.getClass().getAnnotation(ApplicationPath.class).value();
        Embedded server = new Embedded();
        server.start(Undertow.builder().addHttpListener(port, "127.0.0.1"));
        try {
            // Context "/" so that the @ApplicationPath is mounted once, not twice.
            server.deploy(app, "/");
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        int bound = ((InetSocketAddress) server.undertow().getListenerInfo().get(0).getAddress()).getPort();
        return new ResteasyServer(server, URI.create("http://127.0.0.1:" + bound + "/" + path + "/"));
    }

    @Override
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Exposes the Undertow instance, to read the port the system picked. */
    private static final class Embedded extends UndertowJaxrsServer {
        Undertow undertow() {
            return server;
        }
    }
}
