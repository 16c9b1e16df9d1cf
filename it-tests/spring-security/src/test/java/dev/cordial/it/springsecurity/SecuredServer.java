package dev.cordial.it.springsecurity;

import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot with spring-boot-starter-jersey and spring-boot-starter-security on embedded Tomcat,
 * 127.0.0.1 on a port the system picks, under {@value #CONTEXT_PATH}{@value #APPLICATION_PATH}; the
 * JAX-RS application as a {@code ResourceConfig} bean and the given security configuration.
 */
public final class SecuredServer implements RunningServer {

    public static final String CONTEXT_PATH = "/shop";
    public static final String APPLICATION_PATH = "/api";
    /** {@code alice:secret} as HTTP Basic credentials. */
    public static final String ALICE = "Basic YWxpY2U6c2VjcmV0";

    /** Auto-configuration and one user; no component scan, so configurations never leak between tests. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    public static class Boot {
        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager(User.withUsername("alice").password("{noop}secret").roles("USER").build());
        }
    }

    private final ConfigurableApplicationContext context;
    private final URI baseUri;

    private SecuredServer(ConfigurableApplicationContext context, URI baseUri) {
        this.context = context;
        this.baseUri = baseUri;
    }

    public static SecuredServer start(Application app, Consumer<ResourceConfig> jersey, Class<?>... configuration) {
        Class<?>[] sources = new Class<?>[configuration.length + 1];
        sources[0] = Boot.class;
        System.arraycopy(configuration, 0, sources, 1, configuration.length);
        SpringApplication spring = new SpringApplication(sources);
        spring.setDefaultProperties(Map.of(
                "server.port", "0",
                "server.address", "127.0.0.1",
                "server.servlet.context-path", CONTEXT_PATH,
                "spring.jersey.application-path", APPLICATION_PATH,
                "spring.main.banner-mode", "off"));
        spring.addInitializers(ctx -> ((GenericApplicationContext) ctx).registerBean("cordialResourceConfig",
                ResourceConfig.class, () -> {
                    ResourceConfig config = ResourceConfig.forApplication(app);
                    jersey.accept(config);
                    return config;
                }));
        ConfigurableApplicationContext context = spring.run();
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        return new SecuredServer(context, URI.create("http://127.0.0.1:" + port + CONTEXT_PATH + APPLICATION_PATH + "/"));
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
