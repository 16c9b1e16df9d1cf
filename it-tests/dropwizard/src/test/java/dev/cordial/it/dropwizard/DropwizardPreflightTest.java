package dev.cordial.it.dropwizard;

import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.ws.rs.core.Application;
import org.eclipse.jetty.http.UriCompliance;

/**
 * Preflights on Dropwizard (Jersey 3.1 in Jetty 12, under /api), behind the application's
 * pre-matching authentication filter. Jetty 12 refuses an encoded slash ({@code %2F}) with its own
 * 400 by default ({@link DropwizardDefaultsTest} pins that); here it is let through, as an
 * application serving such paths would configure it, so the contract's {@code encodedSlash} case
 * checks Cordial's own handling.
 */
class DropwizardPreflightTest extends PreflightContract {
    @Override
    protected RunningServer start(Application app) throws Exception {
        return DropwizardServer.start(app, DropwizardServer.STATUS_OVER_SEND_ERROR.andThen(environment ->
                        environment.getApplicationContext().getServletHandler().setDecodeAmbiguousURIs(true)),
                server -> server.getApplicationConnectors().forEach(c -> ((HttpConnectorFactory) c).setUriCompliance(
                        UriCompliance.DEFAULT.with("encoded slashes", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR))));
    }
}
