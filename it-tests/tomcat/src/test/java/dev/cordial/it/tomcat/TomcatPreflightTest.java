package dev.cordial.it.tomcat;

import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Preflights on RESTEasy in Tomcat, behind a pre-matching authentication filter. */
class TomcatPreflightTest extends PreflightContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        // Tomcat answers 400 to %2F by default (TomcatDefaultsTest); passed through, RESTEasy and Cordial must agree on it.
        return TomcatServer.start(app, 0, TomcatServer.Setup.ENCODED_SLASHES);
    }
}
