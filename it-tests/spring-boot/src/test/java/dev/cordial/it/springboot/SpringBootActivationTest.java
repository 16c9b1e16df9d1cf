package dev.cordial.it.springboot;

import dev.cordial.it.app.ActivationContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Cordial's summary line on Spring Boot (Jersey servlet in Tomcat, under /shop/api). */
class SpringBootActivationTest extends ActivationContract {
    @Override
    protected RunningServer start(Application app) {
        return SpringBootServer.start(app);
    }
}
