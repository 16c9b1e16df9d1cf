package dev.cordial.it.dropwizard;

import dev.cordial.it.app.ShapesContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Resource shapes (@Path interfaces, subclasses) on Dropwizard (Jersey 3.1 in Jetty 12, under /api). */
class DropwizardShapesTest extends ShapesContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return DropwizardServer.start(app);
    }
}
