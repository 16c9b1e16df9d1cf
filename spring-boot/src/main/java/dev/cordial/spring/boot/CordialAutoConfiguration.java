package dev.cordial.spring.boot;

import dev.cordial.runtime.CordialFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jersey.autoconfigure.JerseyAutoConfiguration;
import org.springframework.boot.jersey.autoconfigure.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Cordial on spring-boot-starter-jersey, with no user code:
 * <ul>
 *   <li>Jersey is initialised while the application starts
 *       ({@code spring.jersey.servlet.load-on-startup} defaults to 1 instead of Spring Boot's -1),
 *       so that an application Cordial refuses (a resource compiled without the processor, a
 *       policy with no origin, a bad configured origin) fails {@code SpringApplication.run} with
 *       Cordial's message, rather than starting and answering every request with 500;
 *   <li>{@code originsProperty} is read from the Spring {@link Environment}
 *       ({@link SpringEnvironmentLookup}), after the JAX-RS property of the same name and before
 *       MicroProfile Config, the system property and the environment variable.
 * </ul>
 */
@AutoConfiguration(before = JerseyAutoConfiguration.class)
@ConditionalOnClass({ResourceConfig.class, ServletContainer.class, ResourceConfigCustomizer.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CordialAutoConfiguration {

    /** Hands the Spring Environment to Cordial as its platform lookup. */
    @Bean
    ResourceConfigCustomizer cordialSpringEnvironment(Environment environment) {
        SpringEnvironmentLookup lookup = new SpringEnvironmentLookup(environment);
        return config -> config.property(CordialFeature.CONFIG_LOOKUP, lookup);
    }

    /** Static: a bean post-processor is created before the other beans of its configuration. */
    @Bean
    static EagerJersey cordialEagerJersey() {
        return new EagerJersey();
    }
}
