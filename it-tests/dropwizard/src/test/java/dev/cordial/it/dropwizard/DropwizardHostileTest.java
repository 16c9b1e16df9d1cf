package dev.cordial.it.dropwizard;

import dev.cordial.it.app.HostileContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** The hostile-origin suite on Dropwizard (Jersey 3.1 in Jetty 12, under /api). */
class DropwizardHostileTest extends HostileContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return DropwizardServer.start(app);
    }
}
