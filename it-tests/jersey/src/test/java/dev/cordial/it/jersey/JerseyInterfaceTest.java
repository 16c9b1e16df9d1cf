package dev.cordial.it.jersey;

import dev.cordial.it.app.InterfaceContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** @Path interfaces on Jersey. */
class JerseyInterfaceTest extends InterfaceContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
