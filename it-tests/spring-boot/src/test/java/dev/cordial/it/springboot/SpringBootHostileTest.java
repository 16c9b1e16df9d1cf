package dev.cordial.it.springboot;

import dev.cordial.it.app.HostileContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The hostile-origin suite on Spring Boot (Jersey servlet in Tomcat, under /shop/api). */
class SpringBootHostileTest extends HostileContract {
    @Override
    protected RunningServer start(Application app) {
        return SpringBootServer.start(app);
    }
}
