package dev.cordial.it.jetty;

import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jersey's {@link ServletContainer} in embedded Jetty 12 (ee11), bound to 127.0.0.1 on the given port (0: one the
 * system picks), under context path {@value #CONTEXT} and servlet mapping {@value #MAPPING}: the application's base
 * is {@code /shop/rest/}, and its {@code @ApplicationPath} plays no part, as in any servlet deployment.
 */
public final class JettyServer implements RunningServer {

    static final String CONTEXT = "/shop";
    static final String MAPPING = "/rest/*";

    /** How far the deployment departs from Jetty's and Jersey's defaults. */
    public enum Setup {
        /** Jetty and Jersey exactly as they come. */
        DEFAULTS,
        /**
         * Jersey's {@code jersey.config.server.response.setStatusOverSendError}: without it, Jersey answers an error
         * without entity (404, 405, 500) through {@code sendError}, and Jetty's error page drops {@code Vary}.
         */
        STATUS_OVER_SEND_ERROR,
        /** That, and Jetty passing an encoded slash ({@code %2F}) through to Jersey instead of answering 400. */
        ENCODED_SLASHES
    }

    private final Server server;
    private final URI baseUri;

    private JettyServer(Server server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    /** Starts {@code app} with {@link Setup#STATUS_OVER_SEND_ERROR}. */
    public static JettyServer start(Application app, int port) throws Exception {
        return start(app, port, Setup.STATUS_OVER_SEND_ERROR);
    }

    public static JettyServer start(Application app, int port, Setup setup) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(CONTEXT);
        ResourceConfig config = ResourceConfig.forApplication(app);
        if (setup != Setup.DEFAULTS) {
            config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        }
        if (setup == Setup.ENCODED_SLASHES) {
            connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setUriCompliance(
                    UriCompliance.DEFAULT.with("encoded slashes", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
            context.getServletHandler().setDecodeAmbiguousURIs(true);
        }
        ServletHolder jersey = new ServletHolder(new ServletContainer(config));
        jersey.setInitOrder(1); // initialized at startup, so that a refused application stops server.start()
        context.addServlet(jersey, MAPPING);
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        String base = CONTEXT + MAPPING.substring(0, MAPPING.length() - 1);
        return new JettyServer(server, URI.create("http://127.0.0.1:" + connector.getLocalPort() + base));
    }

    @Override
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
