package dev.cordial.it.tomcat;

import dev.cordial.it.app.HostileContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The hostile-origin suite on RESTEasy in Tomcat. */
class TomcatHostileTest extends HostileContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return TomcatServer.start(app, 0);
    }
}
