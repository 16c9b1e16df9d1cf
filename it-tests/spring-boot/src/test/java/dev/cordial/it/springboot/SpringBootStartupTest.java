package dev.cordial.it.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordial.it.app.BrokenConfigApps;
import dev.cordial.it.app.RunningServer;
import dev.cordial.spring.boot.SpringEnvironmentLookup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What cordial-spring-boot changes at startup, beyond the shared startup contract. */
class SpringBootStartupTest {

    private static final Logger PROPERTY_ORIGINS = Logger.getLogger("dev.cordial.runtime.internal.startup.PropertyOrigins");

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureWarnings() {
        PROPERTY_ORIGINS.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        PROPERTY_ORIGINS.removeHandler(capture);
    }

    private static HttpResponse<String> get(RunningServer server, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("Origin", "https://app.example.com").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String causes(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
        }
        return messages.toString();
    }

    @Test
    @DisplayName("an unset originsProperty: one WARN at startup naming the property and every place looked, Spring's included")
    void unsetPropertyWarnsOnceAtStartup() throws Exception {
        try (RunningServer server = SpringBootServer.start(new UnsetApp())) {
            List<LogRecord> warnings = records.stream().filter(r -> r.getLevel() == Level.WARNING).toList();
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).getMessage())
                    .contains("\"" + UnsetApp.PROPERTY + "\" is set nowhere (looked in: JAX-RS configuration property, "
                            + SpringEnvironmentLookup.NAME + ", system property,"
                            + " environment variable CORDIAL_IT_SPRINGBOOT_UNSET_ORIGINS)");
            assertThat(get(server, "unset").statusCode()).isEqualTo(200);
            assertThat(get(server, "unset/again").statusCode()).isEqualTo(200);
            assertThat(records.stream().filter(r -> r.getLevel() == Level.WARNING)).hasSize(1);
        }
    }

    @Test
    @DisplayName("spring.jersey.type=filter: Jersey starts with Tomcat, so the start fails; Tomcat logs Cordial's message")
    void filterTypeRefusesToStart() {
        Logger tomcat = Logger.getLogger("org.apache.catalina");
        tomcat.addHandler(capture);
        try {
            Throwable thrown = catchThrowable(() -> SpringBootServer.start(new BrokenConfigApps.NoOriginApp(),
                    Map.of("spring.jersey.type", "filter")).close());
            // Tomcat keeps the filter's exception to its log: the exception says only that the context failed.
            assertThat(causes(thrown)).contains("Unable to start web server").contains("failed to start");
            assertThat(records).anySatisfy(r -> {
                assertThat(r.getMessage()).contains("Exception starting filter [jerseyFilter]");
                assertThat(causes(r.getThrown())).contains("no origin at all: \"" + BrokenConfigApps.MISSING_PROPERTY
                        + "\" is set nowhere");
            });
        } finally {
            tomcat.removeHandler(capture);
        }
    }

    @Test
    @DisplayName("load-on-startup=-1 set explicitly wins: the application starts, and every request gets Tomcat's 500"
            + " page while the log gets Cordial's message")
    void explicitLazyStartStartsAndAnswers500() throws Exception {
        Logger tomcat = Logger.getLogger("org.apache.catalina");
        tomcat.addHandler(capture);
        try (RunningServer server = SpringBootServer.start(new BrokenConfigApps.NoOriginApp(),
                Map.of("spring.jersey.servlet.load-on-startup", "-1"))) {
            for (int i = 0; i < 2; i++) {
                HttpResponse<String> r = get(server, "unconfigured");
                assertThat(r.statusCode()).isEqualTo(500);
                assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
                assertThat(r.body()).contains("HTTP Status 500").doesNotContain("Cordial");
            }
            // Tomcat tries to initialise the servlet again at each request and logs each failure (ERROR
            // "Allocate exception for servlet [...]", Cordial's exception its cause).
            assertThat(records).anySatisfy(r -> {
                assertThat(r.getMessage()).startsWith("Allocate exception for servlet");
                assertThat(causes(r.getThrown())).contains("no origin at all");
            });
        } finally {
            tomcat.removeHandler(capture);
        }
    }
}
