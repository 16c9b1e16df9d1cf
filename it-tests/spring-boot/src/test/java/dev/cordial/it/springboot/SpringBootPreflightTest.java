package dev.cordial.it.springboot;

import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Preflights on Spring Boot (Jersey servlet in Tomcat, under /shop/api), behind the application's
 * pre-matching authentication filter.
 *
 * <p>Tomcat refuses an encoded slash ({@code %2F}) in a path with its own 400 by default, before
 * Jersey sees the request ({@code SpringBootCorsTest#encodedSlashRefusedByTomcat} pins that). Here
 * Tomcat is told to pass it through, as an application serving such paths would be, so that the
 * contract's {@code encodedSlash} case checks Cordial's own handling.
 */
class SpringBootPreflightTest extends PreflightContract {

    @Configuration(proxyBeanMethods = false)
    static class EncodedSlashes {
        @Bean
        TomcatConnectorCustomizer passEncodedSlashes() {
            return connector -> connector.setEncodedSolidusHandling("passthrough");
        }
    }

    @Override
    protected RunningServer start(Application app) {
        return SpringBootServer.start(app, EncodedSlashes.class);
    }
}
