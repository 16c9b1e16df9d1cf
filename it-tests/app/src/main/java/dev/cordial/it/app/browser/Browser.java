package dev.cordial.it.app.browser;

import java.time.Duration;

/**
 * One running browser, whatever its engine: open a page, run a script in it, close. Start one with
 * {@link Engine#start}; close it (try-with-resources, or an {@code @AfterAll}) to stop every process
 * it started.
 *
 * <p>No Selenium type crosses this interface, so a test written against it runs on every
 * {@link Engine} and loads on class paths without Selenium.
 */
public interface Browser extends AutoCloseable {

    /** How long {@link #executeAsync} waits for the script to call its callback. */
    Duration SCRIPT_TIMEOUT = Duration.ofSeconds(20);

    /** Loads {@code url} in the browser's one tab and returns once it has loaded. */
    void open(String url);

    /**
     * Runs {@code script} as the body of a function in the open page, like Selenium's
     * {@code executeAsyncScript}: {@code arguments} holds {@code args} and, last, the callback the
     * script calls with its result. Waits up to {@link #SCRIPT_TIMEOUT} for it.
     *
     * <p>Arguments may be strings, numbers, booleans, null, and lists and maps of those. The result
     * comes back as the same Java types on every engine: {@code Long} for an integral number,
     * {@code Double} for another, {@code String}, {@code Boolean}, {@code List<Object>},
     * {@code Map<String, Object>} for an object, {@code null} for null and undefined. Return plain
     * data: DOM nodes, functions and the like are not portable between engines.
     *
     * @throws BrowserException if the script throws, does not call back in time, or returns what
     *     cannot be converted
     */
    Object executeAsync(String script, Object... args);

    /** The engine and its version, as the browser reports it: {@code "Firefox 153.8.0esr"}. */
    String name();

    /** Which engine this is. */
    Engine engine();

    /** Ends the session and stops every process this browser started. */
    @Override
    void close();
}
