package dev.cordial.it.jersey;

import dev.cordial.it.app.HostileContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The hostile-origin suite on Jersey. */
class JerseyHostileTest extends HostileContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
