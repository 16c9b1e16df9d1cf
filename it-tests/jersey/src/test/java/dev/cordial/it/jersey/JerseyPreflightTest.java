package dev.cordial.it.jersey;

import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Preflights on Jersey, behind a pre-matching authentication filter. */
class JerseyPreflightTest extends PreflightContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }

    @Override
    protected boolean servesEncodedSlashes() {
        return false; // Grizzly answers 500 to %2F before Jersey sees the request
    }
}
