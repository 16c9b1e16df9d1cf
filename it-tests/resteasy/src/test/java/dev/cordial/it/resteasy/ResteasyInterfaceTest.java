package dev.cordial.it.resteasy;

import dev.cordial.it.app.InterfaceContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** @Path interfaces on Resteasy. */
class ResteasyInterfaceTest extends InterfaceContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }

    @Override
    protected boolean readsGenericBodies() {
        return false;
    }
}
