package dev.cordial.it.tomcat;

import dev.cordial.it.app.ShapesContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Resource shapes (@Path interfaces, subclasses) on RESTEasy in Tomcat. */
class TomcatShapesTest extends ShapesContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return TomcatServer.start(app, 0);
    }

    @Override
    protected boolean readsGenericBodies() {
        return false; // RESTEasy looks for a reader of the erased type (Object) and answers 415 itself
    }
}
