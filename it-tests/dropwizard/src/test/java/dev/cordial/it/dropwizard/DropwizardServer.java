package dev.cordial.it.dropwizard;

import dev.cordial.it.app.RunningServer;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.glassfish.jersey.server.ServerProperties;

/**
 * A Dropwizard application (default server: application and admin connectors on 127.0.0.1, ports
 * the system picks, Jersey at {@value #ROOT_PATH}) whose {@code run} registers a JAX-RS
 * application's classes and properties through {@code environment.jersey()}, as Dropwizard users
 * register resources. Cordial itself is found by Jersey's auto-discovery.
 */
public final class DropwizardServer implements RunningServer {

    public static final String ROOT_PATH = "/api/*";

    /** The Dropwizard application. */
    public static final class CordialApp extends Application<Configuration> {
        private final jakarta.ws.rs.core.Application app;
        private final Consumer<Environment> extra;

        CordialApp(jakarta.ws.rs.core.Application app, Consumer<Environment> extra) {
            this.app = app;
            this.extra = extra;
        }

        @Override
        public void run(Configuration configuration, Environment environment) {
            environment.jersey().getResourceConfig().addProperties(app.getProperties());
            app.getClasses().forEach(environment.jersey()::register);
            app.getSingletons().forEach(environment.jersey()::register);
            extra.accept(environment);
        }
    }

    private final DropwizardTestSupport<Configuration> support;
    private final URI baseUri;

    private DropwizardServer(DropwizardTestSupport<Configuration> support, URI baseUri) {
        this.support = support;
        this.baseUri = baseUri;
    }

    /**
     * One line every Dropwizard application using Cordial should have (the README's setup line):
     * without it Jersey hands error responses without an entity (a 404 from a
     * {@code NotFoundException}, a 405) to the servlet's {@code sendError}, and Jetty 12 then drops
     * the {@code Vary} header Cordial set (see {@link DropwizardDefaultsTest}).
     */
    public static final Consumer<Environment> STATUS_OVER_SEND_ERROR = environment -> environment.jersey()
            .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);

    public static DropwizardServer start(jakarta.ws.rs.core.Application app) throws Exception {
        return start(app, STATUS_OVER_SEND_ERROR, server -> {});
    }

    public static DropwizardServer start(jakarta.ws.rs.core.Application app, Consumer<Environment> extra,
            Consumer<DefaultServerFactory> serverConfig) throws Exception {
        DefaultServerFactory server = new DefaultServerFactory();
        server.setJerseyRootPath(ROOT_PATH);
        server.setApplicationConnectors(List.of(loopback()));
        server.setAdminConnectors(List.of(loopback()));
        serverConfig.accept(server);
        Configuration configuration = new Configuration();
        configuration.setServerFactory(server);
        DropwizardTestSupport<Configuration> support =
                new DropwizardTestSupport<>(CordialApp.class, configuration) {
                    @Override
                    public Application<Configuration> newApplication() {
                        return new CordialApp(app, extra);
                    }
                };
        support.before();
        String root = ROOT_PATH.substring(0, ROOT_PATH.length() - 1); // "/api/"
        return new DropwizardServer(support, URI.create("http://127.0.0.1:" + support.getLocalPort() + root));
    }

    private static HttpConnectorFactory loopback() {
        HttpConnectorFactory connector = new HttpConnectorFactory();
        connector.setBindHost("127.0.0.1");
        connector.setPort(0);
        return connector;
    }

    @Override
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        support.after();
    }
}
