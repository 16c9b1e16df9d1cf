package dev.cordial.it.resteasy;

import dev.cordial.it.app.ShapesContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Resource shapes (@Path interfaces, subclasses) on Resteasy. */
class ResteasyShapesTest extends ShapesContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }

    @Override
    protected boolean readsGenericBodies() {
        return false;
    }
}
