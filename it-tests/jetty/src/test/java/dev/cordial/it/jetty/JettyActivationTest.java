package dev.cordial.it.jetty;

import dev.cordial.it.app.ActivationContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Cordial's summary line on Jersey in Jetty. */
class JettyActivationTest extends ActivationContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return JettyServer.start(app, 0);
    }
}
