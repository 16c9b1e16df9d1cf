package dev.cordial.it.jersey;

import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.VaryContract;
import jakarta.ws.rs.core.Application;

/** Vary: Origin on every response from annotated resources on Jersey. */
class JerseyVaryTest extends VaryContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
