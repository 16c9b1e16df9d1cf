package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Application;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/spec/decisions.md "Unmapped exceptions": the application's exception mappers win on every
 * route, whatever their type; without one, an exception of a route no policy covers reaches the
 * container as it would without Cordial, and only a covered route's becomes Cordial's readable 500.
 * Two applications ({@link ExceptionApps}): without a mapper of the application's (the server of
 * {@link ServerCase}) and with one.
 */
@Requires(Capability.STARTS_GIVEN_APPLICATION) // its own applications, and a log handler in the server's JVM
public abstract class ExceptionMappingContract extends ServerCase {

    private RunningServer withMapper;

    @Override
    protected Application application() {
        return new ExceptionApps.WithoutMapper();
    }

    @BeforeAll
    void startWithMapper() throws Exception {
        withMapper = start(new ExceptionApps.WithMapper());
    }

    @AfterAll
    void stopWithMapper() {
        if (withMapper != null) {
            withMapper.close();
        }
    }

    private HttpResponse<String> sendWithMapper(String path, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(withMapper.baseUri().resolve(path)).timeout(Duration.ofSeconds(10));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return send(b.GET());
    }

    @Test
    @DisplayName("the application's ExceptionMapper<Throwable> answers a covered route's exception, and Cordial's headers are on it")
    @Requires(Capability.NO_PLATFORM_EXCEPTION_MAPPER)
    void applicationMapperWinsOnCoveredRoute() throws Exception {
        HttpResponse<String> r = sendWithMapper("failing", APP);
        assertThat(r.statusCode()).isEqualTo(418);
        assertThat(r.body()).isEqualTo("teapot: " + ExceptionApps.COVERED_FAILURE);
        assertAllowed(r, APP);
    }

    @Test
    @DisplayName("the application's ExceptionMapper<Throwable> answers an unannotated resource's exception, untouched")
    @Requires(Capability.NO_PLATFORM_EXCEPTION_MAPPER)
    void applicationMapperWinsOnUncoveredRoute() throws Exception {
        HttpResponse<String> r = sendWithMapper("failing-public", APP);
        assertThat(r.statusCode()).isEqualTo(418);
        assertThat(r.body()).isEqualTo("teapot: " + ExceptionApps.PLAIN_FAILURE);
        assertNoCors(r);
        assertThat(r.headers().allValues("Vary")).isEmpty();
    }

    @Test
    @DisplayName("without a mapper, an unannotated resource's exception reaches the container: its error page, not Cordial's empty 500")
    void uncoveredExceptionReachesContainer() throws Exception {
        HttpResponse<String> r = send("GET", "failing-public", APP);
        assertThat(r.statusCode()).isEqualTo(500);
        assertNoCors(r);
        assertThat(varyTokens(r)).doesNotContain("origin");
        assertThat(r.body()).as("the container's error page").isNotBlank();
        if (tck() != null) {
            tck().assertContainerError(r);
        }
    }

    @Test
    @DisplayName("without a mapper, a covered route's exception is a 500 the allowed origin can read, and is logged SEVERE with its stack trace")
    @Requires(Capability.NO_PLATFORM_EXCEPTION_MAPPER)
    void coveredExceptionIsReadableAndLogged() throws Exception {
        HttpResponse<String> r;
        List<LogRecord> severe;
        try (LogCapture capture = LogCapture.start()) {
            r = send("GET", "failing", APP);
            severe = capture.records().stream()
                    .filter(record -> record.getLevel() == Level.SEVERE && record.getThrown() != null).toList();
        }
        assertThat(r.statusCode()).isEqualTo(500);
        assertAllowed(r, APP);
        assertThat(severe).anySatisfy(record -> {
            assertThat(record.getThrown()).hasMessage(ExceptionApps.COVERED_FAILURE);
            assertThat(record.getThrown().getStackTrace()).isNotEmpty();
        });
    }
}
