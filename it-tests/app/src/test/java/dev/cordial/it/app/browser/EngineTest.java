package dev.cordial.it.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What {@link Browser} promises, on every {@link Engine}: the same script gives the same Java
 * values, arguments arrive as sent, a failing script throws {@link BrowserException}. One browser
 * per engine, started by the first test that needs it.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineTest {

    private final Map<Engine, Browser> browsers = new EnumMap<>(Engine.class);
    private final Map<Engine, Path> profiles = new EnumMap<>(Engine.class);

    @BeforeAll
    void skipOnRequest() {
        Assumptions.assumeFalse(Engine.skipRequested(), "browser tests skipped on request (-D" + Engine.SKIP_PROPERTY
                + "=true)");
    }

    private Browser browser(Engine engine) throws IOException {
        if (!browsers.containsKey(engine)) {
            engine.missing().ifPresent(missing -> Assertions.fail(missing + " (.ci/run installs it); or skip the browser"
                    + " tests with -D" + Engine.SKIP_PROPERTY + "=true"));
            Path profile = Files.createTempDirectory("cordial-engine-test");
            profiles.put(engine, profile);
            Browser browser = engine.start(profile);
            browser.open("about:blank");
            browsers.put(engine, browser);
        }
        return browsers.get(engine);
    }

    @AfterAll
    void stop() throws IOException {
        browsers.values().forEach(Browser::close);
        for (Path profile : profiles.values()) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void resultsComeBackAsTheSameJavaTypes(Engine engine) throws IOException {
        Object result = browser(engine).executeAsync("""
                arguments[arguments.length - 1]({int: 200, negative: -3, fraction: 1.5, integralDouble: 2.0,
                    text: 'x', yes: true, no: false, nothing: null, list: [1, 'a', [2.5]], nested: {a: {b: 7}}});
                """);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("int", 200L);
        expected.put("negative", -3L);
        expected.put("fraction", 1.5);
        expected.put("integralDouble", 2L);
        expected.put("text", "x");
        expected.put("yes", true);
        expected.put("no", false);
        expected.put("nothing", null);
        expected.put("list", List.of(1L, "a", List.of(2.5)));
        expected.put("nested", Map.of("a", Map.of("b", 7L)));
        assertThat(result).isInstanceOf(Map.class).isEqualTo(expected);
        assertThat(browser(engine).executeAsync("arguments[0](undefined)")).isNull();
        assertThat(browser(engine).executeAsync("arguments[0]('plain')")).isEqualTo("plain");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void argumentsArriveAsSentBeforeTheCallback(Engine engine) throws IOException {
        Map<String, Object> map = Map.of("k", "v");
        Object[] args = {"s", 7L, 2.5, true, null, List.of(1L, "b"), map};
        Object echoed = browser(engine).executeAsync("""
                const done = arguments[arguments.length - 1];
                done([arguments.length, typeof done].concat(Array.prototype.slice.call(arguments, 0, -1)));
                """, args);
        assertThat(echoed).isEqualTo(Arrays.asList(8L, "function", "s", 7L, 2.5, true, null, List.of(1L, "b"), map));
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aScriptThatThrowsFailsTheCall(Engine engine) throws IOException {
        Browser browser = browser(engine);
        assertThatThrownBy(() -> browser.executeAsync("throw new Error('boom')"))
                .isInstanceOf(BrowserException.class)
                .hasMessageContaining("boom");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void itSaysWhichEngineAndVersion(Engine engine) throws IOException {
        Browser browser = browser(engine);
        assertThat(browser.engine()).isEqualTo(engine);
        assertThat(browser.name()).matches(engine.displayName() + " \\d+(\\.\\d+)+.*");
    }
}
