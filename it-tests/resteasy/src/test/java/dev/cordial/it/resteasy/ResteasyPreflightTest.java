package dev.cordial.it.resteasy;

import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Preflights on RESTEasy, behind a pre-matching authentication filter. */
class ResteasyPreflightTest extends PreflightContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }
}
