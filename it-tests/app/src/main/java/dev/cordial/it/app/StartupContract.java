package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordial.it.unprocessed.UnprocessedApps;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/spec/startup.md "Bound or refuse" and "originsProperty". A bad configured origin, a policy
 * left with no origin at all, or a covered method without its generated filter must stop the server
 * from starting, with a message naming the property, the value and the rule: the same words javac
 * prints for the same string.
 */
// applications that must fail to start, and fail it while the server starts
@Requires({Capability.STARTS_GIVEN_APPLICATION, Capability.EAGER_INITIALISATION})
public abstract class StartupContract {

    /** Starts {@code app}; throws whatever the server throws when the application fails to start. */
    protected abstract RunningServer start(Application app) throws Exception;

    private String startupFailure(Application app) {
        Throwable thrown = catchThrowable(() -> start(app).close());
        assertThat(thrown).as("the server started although its configuration is invalid").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
        }
        return messages.toString();
    }

    @Test
    @DisplayName("a property set nowhere, beside the annotation's origins, starts and logs one WARN naming every place looked")
    void unsetPropertyWarnsOnce() throws Exception {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.WARNING && record.getMessage() != null
                        && record.getMessage().contains(BrokenConfigApps.UNSET_PROPERTY)) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger logger = Logger.getLogger("dev.cordial");
        logger.addHandler(capture);
        HttpResponse<String> response;
        try (RunningServer running = start(new BrokenConfigApps.UnsetPropertyApp())) {
            // The first request too: some containers configure resources only then.
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(running.baseUri().resolve("unset"))
                    .header("Origin", "https://app.example.com").timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            logger.removeHandler(capture);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0))
                .contains("\"" + BrokenConfigApps.UNSET_PROPERTY + "\" is set nowhere (looked in: JAX-RS configuration"
                        + " property")
                .contains("environment variable CORDIAL_IT_UNSET_ORIGINS)")
                .contains("refused with 403");
    }

    @Test
    @DisplayName("an invalid configured origin stops startup, naming the property, the value and the rule")
    void invalidConfiguredOrigin() {
        assertThat(startupFailure(new BrokenConfigApps.BadOriginApp()))
                .contains("\"" + BrokenConfigApps.BAD_PROPERTY + "\"")
                .contains("\"" + BrokenConfigApps.BAD_VALUE + "\"")
                .contains("origin \"https://bad.example.com/\" must not have a path, query, fragment or trailing slash:"
                        + " browsers send only scheme://host[:port]; did you mean \"https://bad.example.com\"?");
    }

    @Test
    @DisplayName("a configured cleartext origin stops startup without the opt-out, naming the property, the value,"
            + " the cause and the fix")
    void cleartextConfiguredOrigin() {
        assertThat(startupFailure(new BrokenConfigApps.CleartextOriginApp()))
                .contains("\"" + BrokenConfigApps.CLEARTEXT_PROPERTY + "\"")
                .contains("\"" + BrokenConfigApps.CLEARTEXT_VALUE + "\"")
                .contains("origin \"http://intranet.example.com\" must use https")
                .contains("reads the user's data with their cookies")
                .contains("dangerouslyAllowCleartextOrigins = true");
    }

    @Test
    @DisplayName("a policy with no origin at all stops startup")
    void noOriginAtAll() {
        assertThat(startupFailure(new BrokenConfigApps.NoOriginApp()))
                .contains("no origin at all")
                .contains(BrokenConfigApps.MISSING_PROPERTY)
                .contains("CORDIAL_IT_MISSING_ORIGINS");
    }

    @Test
    @DisplayName("a resource compiled without the processor stops startup, naming the class and both fixes")
    void processorNotRun() {
        assertThat(startupFailure(new UnprocessedApps.ClassLevel()))
                .contains("dev.cordial.it.unprocessed.UnprocessedResource")
                .contains("annotationProcessorPaths")
                .contains("-proc:full");
    }

    @Test
    @DisplayName("one annotated method compiled without the processor stops startup too")
    void processorNotRunOnOneMethod() {
        assertThat(startupFailure(new UnprocessedApps.MethodLevel()))
                .contains("dev.cordial.it.unprocessed.UnprocessedMethodResource")
                .contains("annotationProcessorPaths")
                .contains("-proc:full");
    }

    @Test
    @DisplayName("a public policy compiled without the processor stops startup too, naming its annotation")
    void processorNotRunOnPublicPolicy() {
        assertThat(startupFailure(new UnprocessedApps.PublicPolicy()))
                .contains("@AllowWithoutCredentials on dev.cordial.it.unprocessed.UnprocessedPublicResource")
                .contains("annotationProcessorPaths");
    }

    @Test
    @DisplayName("a dev.cordial.isolation Cordial cannot read stops startup, naming the value and the three it takes")
    @Requires(Capability.APPLICATION_PROPERTIES)
    void unreadableIsolationSetting() {
        assertThat(startupFailure(new MixedApp("http://localhost:5173", "enforced")))
                .contains("dev.cordial.isolation is \"enforced\"")
                .contains("none of off, report-only, enforce");
    }
}
