package dev.cordial.it.jersey;

import dev.cordial.it.app.CorsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The CORS contract on Jersey, Cordial registered by auto-discovery only. */
class JerseyCorsTest extends CorsContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
