package dev.cordial.it.resteasy;

import dev.cordial.it.app.HostileContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The hostile-origin suite on RESTEasy. */
class ResteasyHostileTest extends HostileContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }
}
