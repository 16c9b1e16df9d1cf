package dev.cordial.it.tomcat;

import dev.cordial.it.app.StartupContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Startup refused for bad configured origins on RESTEasy in Tomcat. */
class TomcatStartupTest extends StartupContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return TomcatServer.start(app, 0);
    }
}
