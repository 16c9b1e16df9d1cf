package dev.cordial.it.resteasy;

import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.VaryContract;
import jakarta.ws.rs.core.Application;

/** Vary: Origin on every response from annotated resources on RESTEasy. */
class ResteasyVaryTest extends VaryContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }
}
