package dev.cordial.it.dropwizard;

import dev.cordial.it.app.CorsContract;
import dev.cordial.it.app.RunningServer;
import jakarta.ws.rs.core.Application;

/**
 * The CORS contract on Dropwizard (Jersey 3.1 in Jetty 12, under /api). Dropwizard's gzip handler
 * is off here: it adds {@code Vary: Accept-Encoding} to every response, annotated or not, which the
 * contract's "unannotated resource: no Vary at all" case would take for Cordial's doing
 * ({@link DropwizardDefaultsTest} runs with it on).
 */
class DropwizardCorsTest extends CorsContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return DropwizardServer.start(app, DropwizardServer.STATUS_OVER_SEND_ERROR,
                server -> server.getGzipFilterFactory().setEnabled(false));
    }
}
