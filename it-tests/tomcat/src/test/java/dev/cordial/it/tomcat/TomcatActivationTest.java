package dev.cordial.it.tomcat;

import dev.cordial.it.app.ActivationContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Cordial's summary line on RESTEasy in Tomcat. */
class TomcatActivationTest extends ActivationContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return TomcatServer.start(app, 0);
    }
}
