package dev.cordial.it.cxfspringboot;

import org.junit.jupiter.api.Nested;
import dev.cordial.it.verifier.VerifierContract;
import dev.cordial.it.app.Capability;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;
import org.springframework.boot.web.embedded.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every shared contract on Spring Boot with CXF's JAX-RS starter (CXFServlet in Tomcat, under
 * /services/api), Cordial found through CXF's bus extensions on the starter's SpringBus with no
 * registration in the application.
 *
 * <p>Tomcat refuses an encoded slash ({@code %2F}) in a path with its own 400 by default, before
 * CXF sees the request ({@link CxfSpringBootDefaultsTest} pins that). For the preflight contract
 * Tomcat is told to pass it through, as an application serving such paths would be, so that its
 * {@code encodedSlash} case checks Cordial's own handling.
 */
// PLATFORM_CONFIGURATION: Spring's Environment reaches Cordial only through cordial-spring-boot
// STARTUP_EVENT: CXF gives no application-started event to Jakarta REST providers: the startup line comes with the first request
@Lacks({Capability.PLATFORM_CONFIGURATION, Capability.STARTUP_EVENT})
class CxfSpringBootTck extends CordialTck {

    @Configuration(proxyBeanMethods = false)
    static class EncodedSlashes {
        @Bean
        TomcatConnectorCustomizer passEncodedSlashes() {
            return connector -> connector.setEncodedSolidusHandling("passthrough");
        }
    }

    @Override
    protected RunningServer start(Application app) {
        return CxfSpringBootServer.start(app);
    }

    @Override
    protected RunningServer start(Class<?> contract, Application app) {
        return contract == PreflightContract.class ? CxfSpringBootServer.start(app, EncodedSlashes.class) : start(app);
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return CxfSpringBootTck.this.start(VerifierContract.class, app);
        }
    }
}
