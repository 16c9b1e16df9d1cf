package dev.cordial.it.cxfspringboot;

import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Spring Boot with Apache CXF's {@code cxf-spring-boot-starter-jaxrs}: the starter's
 * {@code CXFServlet} at {@value #CXF_PATH} in embedded Tomcat, bound to 127.0.0.1 on a port the
 * system picks. The application is registered the way the starter's users do it: an
 * {@code @ApplicationPath} {@link Application} bean with {@code cxf.jaxrs.component-scan=true}, from
 * which the starter's {@code SpringComponentScanServer} builds the JAX-RS server (on the starter's
 * {@code SpringBus}) while the context starts. Registers nothing of Cordial's: the bus finds it.
 */
public final class CxfSpringBootServer implements RunningServer {

    /** {@code cxf.path}, the starter's default. */
    public static final String CXF_PATH = "/services";

    /**
     * The Spring Boot application: auto-configuration and the application bean. No component scan
     * of this package, so that one test class's configuration never leaks into another's server.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    public static class Boot {}

    private final ConfigurableApplicationContext context;
    private final URI baseUri;

    private CxfSpringBootServer(ConfigurableApplicationContext context, URI baseUri) {
        this.context = context;
        this.baseUri = baseUri;
    }

    public static CxfSpringBootServer start(Application app, Class<?>... extraSources) {
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = Boot.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        SpringApplication spring = new SpringApplication(sources);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("cxf.path", CXF_PATH);
        properties.put("cxf.jaxrs.component-scan", "true");
        properties.put("spring.main.banner-mode", "off");
        spring.setDefaultProperties(properties);
        // Registered as its own class, not as Application: the starter finds it by its @ApplicationPath.
        @SuppressWarnings("unchecked")
        Class<Application> type = (Class<Application>) app.getClass();
        spring.addInitializers(ctx -> ((GenericApplicationContext) ctx)
                .registerBean("cordialTestApplication", type, () -> app));
        ConfigurableApplicationContext context = spring.run();
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        String path = app.getClass().getAnnotation(ApplicationPath.class).value();
        return new CxfSpringBootServer(context, URI.create("http://127.0.0.1:" + port + CXF_PATH + "/" + path + "/"));
    }

    @Override
    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        context.close();
    }
}
