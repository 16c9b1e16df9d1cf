package dev.cordial.it.springboot;

import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Spring Boot with spring-boot-starter-jersey on embedded Tomcat, bound to 127.0.0.1 on a port the
 * system picks, the application registered the way Spring Boot users do it: a {@code ResourceConfig}
 * bean (here {@code ResourceConfig.forApplication}, so the JAX-RS application's classes and
 * properties come along). Context path {@value #CONTEXT_PATH}, Jersey servlet at {@value #APPLICATION_PATH}.
 * The profile {@value #PROFILE} is active: its section of the row's {@code application.yml} overrides
 * {@code cordial.it.platform.origins}.
 */
public final class SpringBootServer implements RunningServer {

    public static final String CONTEXT_PATH = "/shop";
    public static final String APPLICATION_PATH = "/api";
    public static final String PROFILE = "cordial-it";

    /**
     * The Spring Boot application: auto-configuration and the ResourceConfig bean. No component
     * scan, so that one test class's configuration never leaks into another's server.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    public static class Boot {}

    private final ConfigurableApplicationContext context;
    private final URI baseUri;

    private SpringBootServer(ConfigurableApplicationContext context, URI baseUri) {
        this.context = context;
        this.baseUri = baseUri;
    }

    public static SpringBootServer start(Application app, Class<?>... extraSources) {
        return start(app, Map.of(), extraSources);
    }

    public static SpringBootServer start(Application app, Map<String, Object> extraProperties, Class<?>... extraSources) {
        Class<?>[] sources = new Class<?>[extraSources.length + 1];
        sources[0] = Boot.class;
        System.arraycopy(extraSources, 0, sources, 1, extraSources.length);
        SpringApplication spring = new SpringApplication(sources);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("server.servlet.context-path", CONTEXT_PATH);
        properties.put("spring.jersey.application-path", APPLICATION_PATH);
        properties.put("spring.main.banner-mode", "off");
        properties.putAll(extraProperties);
        spring.setDefaultProperties(properties);
        spring.setAdditionalProfiles(PROFILE);
        spring.addInitializers(ctx -> ((GenericApplicationContext) ctx)
                .registerBean("cordialResourceConfig", ResourceConfig.class, () -> ResourceConfig.forApplication(app)));
        ConfigurableApplicationContext context = spring.run();
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        return new SpringBootServer(context,
                URI.create("http://127.0.0.1:" + port + CONTEXT_PATH + APPLICATION_PATH + "/"));
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
