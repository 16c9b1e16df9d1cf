package dev.cordial.it.jersey;

import dev.cordial.it.app.ConcurrencyContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Concurrent allowed and hostile origins on Jersey. */
class JerseyConcurrencyTest extends ConcurrencyContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
