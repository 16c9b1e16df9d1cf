package dev.cordial.it.resteasy;

import dev.cordial.it.app.CorsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The CORS contract on RESTEasy, Cordial registered by auto-discovery only. */
class ResteasyCorsTest extends CorsContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }
}
