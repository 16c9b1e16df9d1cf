package dev.cordial.it.resteasy;

import dev.cordial.it.app.BrowserContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Headless Chromium against RESTEasy. */
class ResteasyBrowserTest extends BrowserContract {
    @Override
    protected RunningServer start(Application app) {
        return ResteasyServer.start(app, 0);
    }
}
