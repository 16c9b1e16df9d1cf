package dev.cordial.it.jetty;

import dev.cordial.it.app.VaryContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Vary: Origin on every response from annotated resources on Jersey in Jetty. */
class JettyVaryTest extends VaryContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return JettyServer.start(app, 0);
    }
}
