package dev.cordial.it.tomcat;

import dev.cordial.it.app.CorsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The CORS contract on RESTEasy in Tomcat, Cordial registered by auto-discovery only. */
class TomcatCorsTest extends CorsContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return TomcatServer.start(app, 0);
    }
}
