package dev.cordial.it.jetty;

import dev.cordial.it.app.OriginsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Patterns and configured origins on Jersey in Jetty. */
class JettyOriginsTest extends OriginsContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return JettyServer.start(app, 0);
    }
}
