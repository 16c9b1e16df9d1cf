package dev.cordial.it.tomcat;

import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * RESTEasy's {@link HttpServlet30Dispatcher} in embedded Tomcat 11, bound to 127.0.0.1 on the given port (0: one
 * the system picks), under context path {@value #CONTEXT} and servlet mapping {@value #MAPPING}: the application's
 * base is {@code /shop/rest/}. The dispatcher gets the {@link Application} instance through a
 * {@link ResteasyDeployment} servlet-context attribute, as RESTEasy's own Undertow integration does.
 */
public final class TomcatServer implements RunningServer {

    static final String CONTEXT = "/shop";
    static final String PREFIX = "/rest";
    static final String MAPPING = PREFIX + "/*";

    private final Tomcat tomcat;
    private final URI baseUri;

    private TomcatServer(Tomcat tomcat, URI baseUri) {
        this.tomcat = tomcat;
        this.baseUri = baseUri;
    }

    /** How far the deployment departs from Tomcat's defaults. */
    public enum Setup {
        /** Tomcat as it comes. */
        DEFAULTS,
        /** Tomcat passing an encoded slash ({@code %2F}) through to RESTEasy instead of answering 400. */
        ENCODED_SLASHES
    }

    public static TomcatServer start(Application app, int port) throws LifecycleException {
        return start(app, port, Setup.DEFAULTS);
    }

    public static TomcatServer start(Application app, int port, Setup setup) throws LifecycleException {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(tempDir().toString());
        Connector connector = new Connector();
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        if (setup == Setup.ENCODED_SLASHES) {
            connector.setEncodedSolidusHandling("passthrough");
        }
        tomcat.setConnector(connector);

        Context context = tomcat.addContext(CONTEXT, null);
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.setApplication(app);
        context.addServletContainerInitializer(
                (classes, servletContext) -> servletContext.setAttribute(ResteasyDeployment.class.getName(), deployment),
                null);
        Wrapper servlet = Tomcat.addServlet(context, "resteasy", new HttpServlet30Dispatcher());
        servlet.setLoadOnStartup(1);
        servlet.setAsyncSupported(true);
        servlet.addInitParameter("resteasy.servlet.mapping.prefix", PREFIX);
        context.addServletMappingDecoded(MAPPING, "resteasy");

        try {
            tomcat.start(); // RESTEasy's startup failure fails the context, and Tomcat.start() throws it
            if (context.getState() != LifecycleState.STARTED) {
                throw new IllegalStateException("context " + CONTEXT + " is " + context.getState());
            }
        } catch (LifecycleException | RuntimeException e) {
            stop(tomcat);
            throw e;
        }
        return new TomcatServer(tomcat, URI.create("http://127.0.0.1:" + connector.getLocalPort() + CONTEXT + PREFIX + "/"));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "tomcat"); // Tomcat's work dir
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stop(Tomcat tomcat) {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        stop(tomcat);
    }

}
