package dev.cordial.it.springboot;

import dev.cordial.it.app.ShapesContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Resource shapes (@Path interfaces, subclasses) on Spring Boot (Jersey servlet in Tomcat, under /shop/api). */
class SpringBootShapesTest extends ShapesContract {
    @Override
    protected RunningServer start(Application app) {
        return SpringBootServer.start(app);
    }
}
