package dev.cordial.it.dropwizard;

import org.junit.jupiter.api.Nested;
import dev.cordial.it.verifier.VerifierContract;
import dev.cordial.it.app.Capability;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.CordialTck;
import dev.cordial.it.app.CorsContract;
import dev.cordial.it.app.PreflightContract;
import dev.cordial.it.app.RunningServer;
import io.dropwizard.jetty.HttpConnectorFactory;
import jakarta.ws.rs.core.Application;
import org.eclipse.jetty.http.UriCompliance;

/**
 * Every shared contract on Dropwizard (Jersey 3.1 in Jetty 12, under /api).
 *
 * <p>For the CORS contract Dropwizard's gzip handler is off: it adds {@code Vary: Accept-Encoding}
 * to every response, annotated or not, which the contract's "unannotated resource: no Vary at all"
 * case would take for Cordial's doing ({@link DropwizardDefaultsTest} runs with it on). For the
 * preflight contract Jetty 12 lets an encoded slash ({@code %2F}) through, as an application serving
 * such paths would configure it (by default it answers 400, {@link DropwizardDefaultsTest} pins
 * that), so the contract's {@code encodedSlash} case checks Cordial's own handling.
 */
// PLATFORM_CONFIGURATION: Dropwizard's YAML configuration is the application's to map; Cordial does not read it;
// NO_PLATFORM_EXCEPTION_MAPPER: Dropwizard's LoggingExceptionMapper<Throwable> answers every exception itself
@Lacks({Capability.PLATFORM_CONFIGURATION, Capability.NO_PLATFORM_EXCEPTION_MAPPER})
class DropwizardTck extends CordialTck {

    @Override
    protected RunningServer start(Application app) throws Exception {
        return DropwizardServer.start(app);
    }

    @Override
    protected RunningServer start(Class<?> contract, Application app) throws Exception {
        if (contract == CorsContract.class) {
            return DropwizardServer.start(app, DropwizardServer.STATUS_OVER_SEND_ERROR,
                    server -> server.getGzipFilterFactory().setEnabled(false));
        }
        if (contract == PreflightContract.class) {
            return DropwizardServer.start(app, DropwizardServer.STATUS_OVER_SEND_ERROR.andThen(environment ->
                            environment.getApplicationContext().getServletHandler().setDecodeAmbiguousURIs(true)),
                    server -> server.getApplicationConnectors().forEach(c -> ((HttpConnectorFactory) c).setUriCompliance(
                            UriCompliance.DEFAULT.with("encoded slashes", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR))));
        }
        return start(app);
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return DropwizardTck.this.start(VerifierContract.class, app);
        }
    }
}
