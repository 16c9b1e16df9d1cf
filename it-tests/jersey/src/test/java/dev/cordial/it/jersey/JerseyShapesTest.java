package dev.cordial.it.jersey;

import dev.cordial.it.app.ShapesContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Resource shapes (@Path interfaces, subclasses) on Jersey. */
class JerseyShapesTest extends ShapesContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
