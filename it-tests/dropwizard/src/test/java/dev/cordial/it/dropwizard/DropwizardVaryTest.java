package dev.cordial.it.dropwizard;

import dev.cordial.it.app.VaryContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Vary: Origin on every response from annotated resources on Dropwizard (Jersey 3.1 in Jetty 12, under /api). */
class DropwizardVaryTest extends VaryContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return DropwizardServer.start(app);
    }
}
