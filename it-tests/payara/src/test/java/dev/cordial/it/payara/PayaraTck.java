package dev.cordial.it.payara;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.it.app.BrokenConfigApps;
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
 * Every shared contract against Payara Micro 7 serving this module's WAR: the shared application as
 * {@link PayaraApp} (found by Payara by its {@code @ApplicationPath}), one server process for the
 * whole suite ({@link ProcessTck}). Without a JDK 21+ every test is skipped
 * ({@link PayaraMicro#requireJava21()}).
 */
class PayaraTck extends ProcessTck<PayaraMicro> {

    @Override
    protected PayaraMicro startServer() throws Exception {
        return PayaraMicro.start(getClass().getSimpleName(), PayaraMicro.war());
    }

    @Override
    protected List<String> output(PayaraMicro server) {
        return server.output();
    }

    /**
     * A key set nowhere, on a policy that still has the annotation's origins: the application starts,
     * and Payara's log has Cordial's WARN naming every place looked, MicroProfile Config among them.
     */
    @Test
    @DisplayName("a property set nowhere: one WARN in Payara's log naming the places looked, MicroProfile Config among them")
    void unsetPropertyWarns() throws Exception {
        List<String> lines = lines(l -> l.contains('"' + BrokenConfigApps.UNSET_PROPERTY + '"') && l.contains("set nowhere"));
        assertThat(lines).as("Payara's output:\n" + printed()).hasSize(1);
        assertThat(lines.get(0)).contains("WARN", "MicroProfile Config", BrokenConfigApps.UnsetPropertyResource.class.getName());
        HttpResponse<Void> r = get("unset", "https://app.example.com");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
    }

    /** The summary line, once: at deployment (Jersey says when it has started), at the latest by the first request. */
    @Test
    @DisplayName("one INFO line 'Cordial: N resource methods bound under P policies', by the first request")
    void summaryLine() throws Exception {
        get("orders", "https://app.example.com");
        List<String> lines = lines(l -> l.contains("resource methods bound under"));
        assertThat(lines).as("Payara's output:\n" + printed()).hasSize(1);
        assertThat(lines.get(0)).contains("INFO", WarApp.EXPECTED_SUMMARY);
    }

    /** cordial-testing's verifier, with the shared application's manifests, against this row's server. */
    @Nested
    class Verifier extends VerifierContract {
        @Override
        protected RunningServer start(Application app) throws Exception {
            return PayaraTck.this.start(VerifierContract.class, app);
        }
    }
}
