package dev.cordial.it.app.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The three browser engines the tests run on, each Debian's own build, nothing downloaded:
 * <ul>
 *   <li>{@link #CHROMIUM}: {@code chromium}, headless, through {@code chromedriver} (Selenium);
 *   <li>{@link #FIREFOX}: {@code firefox-esr}, headless, through its built-in WebDriver BiDi (no
 *       geckodriver);
 *   <li>{@link #WEBKIT}: WebKitGTK's {@code MiniBrowser} on an {@code Xvfb} display, through
 *       {@code WebKitWebDriver} (Selenium).
 * </ul>
 *
 * <p>The Selenium and BiDi code sits in package-private classes that only {@link #start} loads.
 */
public enum Engine {
    CHROMIUM("Chromium", "chromium chromium-driver", "/usr/bin/chromium", "/usr/bin/chromedriver") {
        @Override
        Browser launch(List<Path> programs, Path profileDir) {
            return WebDriverBrowser.chromium(programs.get(0), programs.get(1), profileDir);
        }
    },
    FIREFOX("Firefox", "firefox-esr", "/usr/bin/firefox-esr") {
        @Override
        Browser launch(List<Path> programs, Path profileDir) {
            return Firefox.start(programs.get(0), profileDir);
        }
    },
    WEBKIT("WebKit", "webkit2gtk-driver xvfb", "/usr/bin/WebKitWebDriver", "/usr/bin/Xvfb",
            "/usr/lib/*/webkit2gtk-4.*/MiniBrowser") {
        @Override
        Browser launch(List<Path> programs, Path profileDir) {
            return WebDriverBrowser.webkit(programs.get(0), programs.get(1), programs.get(2), profileDir);
        }
    };

    /**
     * The system property that skips every browser test on purpose, {@code -Dcordial.browser.skip=true}:
     * the tests themselves never skip for a missing browser, they fail.
     */
    public static final String SKIP_PROPERTY = "cordial.browser.skip";

    private final String displayName;
    private final String debianPackages;
    private final List<String> programs;

    Engine(String displayName, String debianPackages, String... programs) {
        this.displayName = displayName;
        this.debianPackages = debianPackages;
        this.programs = List.of(programs);
    }

    abstract Browser launch(List<Path> programs, Path profileDir);

    /**
     * Starts a fresh browser of this engine. {@code profileDir} is an empty directory the caller
     * owns and deletes after {@link Browser#close}: the browser's profile and its processes' logs.
     *
     * @throws BrowserException if a program is missing ({@link #missing} says which) or the browser
     *     does not start
     */
    public Browser start(Path profileDir) {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            throw new BrowserException(missing.get());
        }
        return launch(programs.stream().map(p -> find(p).orElseThrow()).toList(), profileDir);
    }

    /**
     * Empty when every program this engine needs is installed; else what is missing and which
     * Debian packages to install.
     */
    public Optional<String> missing() {
        List<String> absent = new ArrayList<>();
        for (String program : programs) {
            if (find(program).isEmpty()) {
                absent.add(program);
            }
        }
        return absent.isEmpty() ? Optional.empty()
                : Optional.of(displayName + " needs Debian's " + debianPackages + " (missing: " + String.join(", ", absent)
                        + "): apt-get install -y " + debianPackages);
    }

    /** Whether {@link #SKIP_PROPERTY} asks to skip the browser tests. */
    public static boolean skipRequested() {
        return Boolean.getBoolean(SKIP_PROPERTY);
    }

    /** {@code "Chromium"}, {@code "Firefox"}, {@code "WebKit"}. */
    public String displayName() {
        return displayName;
    }

    /** An executable path, or a pattern whose directories hold a {@code *} (WebKitGTK's API version, the arch). */
    private static Optional<Path> find(String program) {
        if (!program.contains("*")) {
            Path path = Path.of(program);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        List<Path> candidates = List.of(Path.of("/"));
        for (String part : program.substring(1).split("/")) {
            candidates = candidates.stream().flatMap(dir -> children(dir, part)).sorted().toList();
        }
        return candidates.stream().filter(Files::isExecutable).reduce((first, last) -> last);
    }

    private static Stream<Path> children(Path dir, String glob) {
        if (!glob.contains("*")) {
            return Stream.of(dir.resolve(glob));
        }
        List<Path> matches = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(matches::add);
        } catch (IOException e) {
            // not there: no match
        }
        return matches.stream();
    }
}
