package dev.cordial.it.springboot;

import dev.cordial.it.app.VaryContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Vary: Origin on every response from annotated resources on Spring Boot (Jersey servlet in Tomcat, under /shop/api). */
class SpringBootVaryTest extends VaryContract {
    @Override
    protected RunningServer start(Application app) {
        return SpringBootServer.start(app);
    }
}
