package dev.cordial.it.tomcat;

import dev.cordial.it.app.OriginsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Patterns and configured origins on RESTEasy in Tomcat. */
class TomcatOriginsTest extends OriginsContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return TomcatServer.start(app, 0);
    }
}
