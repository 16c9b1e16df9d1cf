package dev.cordial.it.springboot;

import dev.cordial.it.app.CorsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The CORS contract on Spring Boot (Jersey servlet in Tomcat, under /shop/api). */
class SpringBootCorsTest extends CorsContract {
    @Override
    protected RunningServer start(Application app) {
        return SpringBootServer.start(app);
    }
}
