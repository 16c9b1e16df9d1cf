package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
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
    @DisplayName("one INFO line per application says how many methods Cordial bound under how many policies, at startup where the container says when")
    void oneSummaryLine() throws Exception {
        List<String> atStartup;
        List<String> lines;
        try (LogCapture capture = LogCapture.start(); RunningServer own = start(new SmallApp())) {
            atStartup = summaryLines(capture);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertThat(client.send(HttpRequest.newBuilder(own.baseUri().resolve("profile")).header("Origin", APP)
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            assertThat(client.send(HttpRequest.newBuilder(own.baseUri().resolve("public")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            lines = summaryLines(capture);
        }
        assertThat(lines).containsExactly("INFO Cordial: 3 resource methods bound under 2 policies");
        if (has(Capability.STARTUP_EVENT)) {
            assertThat(atStartup).as("logged when the application started, before any request").isEqualTo(lines);
        } else {
            assertThat(atStartup).as("logged with the first request").isEmpty();
        }
    }

    private static List<String> summaryLines(LogCapture capture) {
        return capture.records().stream()
                .filter(r -> r.getMessage() != null && r.getMessage().startsWith("Cordial:")
                        && r.getMessage().contains("resource method"))
                .map(r -> r.getLevel() + " " + r.getMessage()).toList();
    }
}
