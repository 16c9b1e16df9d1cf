package dev.cordial.it.resteasy;

import dev.cordial.it.app.ConcurrencyContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Concurrent allowed and hostile origins on RESTEasy. */
class ResteasyConcurrencyTest extends ConcurrencyContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }
}
