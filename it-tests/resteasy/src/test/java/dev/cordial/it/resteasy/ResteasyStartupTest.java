package dev.cordial.it.resteasy;

import dev.cordial.it.app.StartupContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Startup refused for bad configured origins on RESTEasy. */
class ResteasyStartupTest extends StartupContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }
}
