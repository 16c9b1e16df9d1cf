package dev.cordial.it.springboot;

import org.junit.jupiter.api.Nested;
import dev.cordial.it.verifier.VerifierContract;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every shared contract on Spring Boot (Jersey servlet in Tomcat, under /shop/api), Cordial found by
 * auto-discovery, cordial-spring-boot on the class path: Jersey starts with the application, so the
 * startup contract's refusals fail {@code SpringApplication.run}, and {@code cordial.it.platform.origins}
 * comes from the row's {@code application.yml} (its {@value SpringBootServer#PROFILE} profile included).
 *
 * <p>Tomcat refuses an encoded slash ({@code %2F}) in a path with its own 400 by default, before
 * Jersey sees the request ({@link SpringBootDefaultsTest} pins that). For the preflight contract
 * Tomcat is told to pass it through, as an application serving such paths would be, so that its
 * {@code encodedSlash} case checks Cordial's own handling.
 */
class SpringBootTck extends CordialTck {

    @Configuration(proxyBeanMethods = false)
    static class EncodedSlashes {
        @Bean
        TomcatConnectorCustomizer passEncodedSlashes() {
            return connector -> connector.setEncodedSolidusHandling("passthrough");
        }
    }

    @Override
    protected RunningServer start(Application app) {
        return SpringBootServer.start(app);
    }

    @Override
    protected RunningServer start(Class<?> contract, Application app) {
        return contract == PreflightContract.class ? SpringBootServer.start(app, EncodedSlashes.class) : start(app);
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return SpringBootTck.this.start(VerifierContract.class, app);
        }
    }
}
