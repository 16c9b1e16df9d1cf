package dev.cordial.it.jetty;

import dev.cordial.it.app.ShapesContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Resource shapes (@Path interfaces, subclasses) on Jersey in Jetty. */
class JettyShapesTest extends ShapesContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return JettyServer.start(app, 0);
    }
}
