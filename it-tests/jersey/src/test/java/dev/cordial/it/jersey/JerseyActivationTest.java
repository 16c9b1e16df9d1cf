package dev.cordial.it.jersey;

import dev.cordial.it.app.ActivationContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Cordial's summary line on Jersey. */
class JerseyActivationTest extends ActivationContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
