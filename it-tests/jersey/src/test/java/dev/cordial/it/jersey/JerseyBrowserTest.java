package dev.cordial.it.jersey;

import dev.cordial.it.app.BrowserContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Headless Chromium against Jersey. */
class JerseyBrowserTest extends BrowserContract {
    @Override
    protected RunningServer start(Application app) {
        return JerseyServer.start(app, 0);
    }
}
