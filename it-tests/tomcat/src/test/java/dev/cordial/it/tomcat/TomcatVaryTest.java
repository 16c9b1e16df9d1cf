package dev.cordial.it.tomcat;

import dev.cordial.it.app.VaryContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Vary: Origin on every response from annotated resources on RESTEasy in Tomcat. */
class TomcatVaryTest extends VaryContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return TomcatServer.start(app, 0);
    }
}
