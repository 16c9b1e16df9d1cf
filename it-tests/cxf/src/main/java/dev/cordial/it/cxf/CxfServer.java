package dev.cordial.it.cxf;

import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.function.UnaryOperator;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.utils.ResourceUtils;

/**
 * Apache CXF's standalone JAX-RS server ({@code JAXRSServerFactoryBean} on its Jetty transport),
 * bound to 127.0.0.1 on the given port (0: a free one picked at run time), each on a bus of its
 * own so that no server sees another's state. Registers nothing of Cordial's: the bus finds it.
 */
public final class CxfServer implements RunningServer {

    private final Bus bus;
    private final Server server;
    private final URI baseUri;

    private CxfServer(Bus bus, Server server, URI baseUri) {
        this.bus = bus;
        this.server = server;
        this.baseUri = baseUri;
    }

    public static CxfServer start(Application app, int port) {
        return start(app, port, BusFactory.newInstance().createBus(), UnaryOperator.identity());
    }

    /**
     * Starts {@code app} on {@code bus}, the factory bean built by CXF from the application first
     * passed through {@code customise} (which may return another bean to create the server with).
     */
    public static CxfServer start(Application app, int port, Bus bus,
            UnaryOperator<JAXRSServerFactoryBean> customise) {
        String path = app.getClass().getAnnotation(ApplicationPath.class).value();
        int bound = port == 0 ? freePort() : port;
        try {
            JAXRSServerFactoryBean bean = customise.apply(ResourceUtils.createApplication(app, false, false, false, bus));
            bean.setBus(bus);
            bean.setAddress("http://127.0.0.1:" + bound + "/" + path);
            Server server = bean.create();
            return new CxfServer(bus, server, URI.create("http://127.0.0.1:" + bound + "/" + path + "/"));
        } catch (RuntimeException e) {
            bus.shutdown(true);
            throw e;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        try {
            server.destroy();
        } finally {
            bus.shutdown(true);
        }
    }
}
