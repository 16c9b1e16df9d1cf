package dev.cordial.it.jetty;

import dev.cordial.it.app.CorsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The CORS contract on Jersey in Jetty, Cordial registered by auto-discovery only. */
class JettyCorsTest extends CorsContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return JettyServer.start(app, 0);
    }
}
