package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An operator can see that Cordial is active: one INFO line per application, logged once, with
 * how many resource methods it bound and under how many policies.
 */
@Requires(Capability.STARTS_GIVEN_APPLICATION) // its own application, and a log handler in the server's JVM
public abstract class ActivationContract extends ServerCase {

    /** Two annotated resources (three covered methods, two policies) and an unannotated one. */
    @ApplicationPath("api")
    public static class SmallApp extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(ProfileResource.class, ContractResources.ContractResource.class, PublicResource.class);
        }
    }

    @Override
    protected Application application() {
        return new SmallApp();
    }

    @Test
    @DisplayName("one INFO line per application says how many methods Cordial bound under how many policies")
    void oneSummaryLine() throws Exception {
        List<String> lines = new ArrayList<>();
        try (LogCapture capture = LogCapture.start()) {
            assertThat(send("GET", "profile", APP).statusCode()).isEqualTo(200);
            assertThat(send("GET", "public", null).statusCode()).isEqualTo(200);
            for (LogRecord record : capture.records()) {
                if (record.getMessage() != null && record.getMessage().startsWith("Cordial:")) {
                    lines.add(record.getLevel() + " " + record.getMessage());
                }
            }
        }
        assertThat(lines).containsExactly("INFO Cordial: 3 resource methods bound under 2 policies");
    }
}
