package dev.cordial.it.jersey;

import dev.cordial.it.app.StartupContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Startup refused for bad configured origins on Jersey. */
class JerseyStartupTest extends StartupContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
