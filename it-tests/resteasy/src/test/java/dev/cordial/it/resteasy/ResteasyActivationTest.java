package dev.cordial.it.resteasy;

import dev.cordial.it.app.ActivationContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Cordial's summary line on Resteasy. */
class ResteasyActivationTest extends ActivationContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }
}
