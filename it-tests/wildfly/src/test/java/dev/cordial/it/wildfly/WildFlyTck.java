package dev.cordial.it.wildfly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.BrokenConfigApps;
import dev.cordial.it.app.Capability;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.app.ProcessTck;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.WarApp;
import dev.cordial.it.verifier.VerifierContract;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every shared contract against WildFly serving this module's WAR, deployed by the deployment
 * scanner: the shared application as {@link WildFlyApp}, one server process for the whole suite.
 */
// GENERIC_BODIES: WildFly's RESTEasy, as RESTEasy standalone, looks for a reader of the erased type (Object) and answers 415
// STARTUP_EVENT: RESTEasy gives providers no application-started event: the startup line comes with the first request
@Lacks({Capability.GENERIC_BODIES, Capability.STARTUP_EVENT})
class WildFlyTck extends ProcessTck<WildFly> {

    private static final String SUMMARY = "resource methods bound under";
    private boolean announcedBeforeFirstRequest;

    @Override
    protected WildFly startServer() throws Exception {
        WildFly server = WildFly.start(getClass().getSimpleName(), WildFly.war());
        announcedBeforeFirstRequest = server.output().stream().anyMatch(l -> l.contains(SUMMARY));
        return server;
    }

    @Override
    protected List<String> output(WildFly server) {
        return server.output();
    }

    /**
     * A key set nowhere, on a policy that still has the annotation's origins: the application is
     * deployed, and WildFly's log has Cordial's WARN naming every place looked, MicroProfile Config
     * (WildFly's, from the default standalone.xml) among them.
     */
    @Test
    @DisplayName("a property set nowhere: one WARN in WildFly's log naming the places looked, MicroProfile Config among them")
    void unsetPropertyWarns() throws Exception {
        HttpResponse<Void> r = get("unset", "https://app.example.com");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        List<String> lines = lines(l -> l.contains('"' + BrokenConfigApps.UNSET_PROPERTY + '"') && l.contains("set nowhere"));
        assertThat(lines).as("WildFly's output:\n" + printed()).hasSize(1);
        assertThat(lines.get(0)).contains("WARNING", "(looked in: JAX-RS configuration property, MicroProfile Config,",
                BrokenConfigApps.UnsetPropertyResource.class.getName());
    }

    /**
     * The summary line, once, with the first request: WildFly starts the application with the
     * deployment, but RESTEasy gives Cordial no started event (so this row lacks STARTUP_EVENT).
     */
    @Test
    @DisplayName("one INFO line 'Cordial: N resource methods bound under P policies', with the first request")
    void summaryLine() throws Exception {
        server();
        assertThat(announcedBeforeFirstRequest).as("summary logged before the first request").isFalse();
        get("orders", "https://app.example.com");
        List<String> lines = lines(l -> l.contains(SUMMARY));
        assertThat(lines).as("WildFly's output:\n" + printed()).hasSize(1);
        assertThat(lines.get(0)).contains("INFO", WarApp.EXPECTED_SUMMARY);
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return WildFlyTck.this.start(VerifierContract.class, app);
        }
    }
}
