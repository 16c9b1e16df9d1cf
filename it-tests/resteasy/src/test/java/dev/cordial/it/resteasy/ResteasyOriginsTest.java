package dev.cordial.it.resteasy;

import dev.cordial.it.app.OriginsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Patterns and configured origins on RESTEasy. */
class ResteasyOriginsTest extends OriginsContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }
}
