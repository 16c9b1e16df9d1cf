package dev.cordial.it.dropwizard;

import dev.cordial.it.app.ActivationContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/** Cordial's summary line on Dropwizard (Jersey 3.1 in Jetty 12, under /api). */
class DropwizardActivationTest extends ActivationContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return DropwizardServer.start(app);
    }
}
