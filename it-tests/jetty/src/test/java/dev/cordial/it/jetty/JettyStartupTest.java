package dev.cordial.it.jetty;

import dev.cordial.it.app.StartupContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Startup refused for bad configured origins on Jersey in Jetty. */
class JettyStartupTest extends StartupContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return JettyServer.start(app, 0);
    }
}
