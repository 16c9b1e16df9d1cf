package dev.cordial.it.springboot;

import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Preflights, behind the application's pre-matching authentication filter on Spring Boot (Jersey servlet in Tomcat, under /shop/api). */
class SpringBootPreflightTest extends PreflightContract {
    @Override
    protected RunningServer start(Application app) {
        return SpringBootServer.start(app);
    }
}
