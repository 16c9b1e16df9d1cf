package dev.cordial.it.jersey;

import dev.cordial.it.app.OriginsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Patterns and configured origins on Jersey. */
class JerseyOriginsTest extends OriginsContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
