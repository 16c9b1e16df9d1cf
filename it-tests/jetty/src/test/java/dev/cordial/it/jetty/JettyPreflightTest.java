package dev.cordial.it.jetty;

import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Preflights on Jersey in Jetty, behind a pre-matching authentication filter. */
class JettyPreflightTest extends PreflightContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        // Jetty answers 400 to %2F by default (JettyDefaultsTest); passed through, Jersey and Cordial must agree on it.
        return JettyServer.start(app, 0, JettyServer.Setup.ENCODED_SLASHES);
    }
}
