package dev.cordial.it.app.browser;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openqa.selenium.MutableCapabilities;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Chromium and WebKit, through Selenium's W3C WebDriver client and the engine's own driver
 * program. Selenium already hands script results back as the types {@link Browser} promises.
 */
final class WebDriverBrowser implements Browser {

    private final Engine engine;
    private final RemoteWebDriver driver;
    /** What to stop after the session, in order. */
    private final List<ChildProcess> processes;

    private WebDriverBrowser(Engine engine, RemoteWebDriver driver, List<ChildProcess> processes) {
        this.engine = engine;
        this.driver = driver;
        this.processes = processes;
        driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
    }

    /** Headless Chromium through chromedriver, its profile in {@code profileDir}. */
    static Browser chromium(Path binary, Path chromedriver, Path profileDir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .withLogFile(profileDir.resolve("chromedriver.log").toFile())
                .usingAnyFreePort()
                .build();
        try {
            return new WebDriverBrowser(Engine.CHROMIUM, new ChromeDriver(service, options), List.of());
        } catch (WebDriverException e) {
            throw new BrowserException("Chromium did not start: " + e.getMessage(), e);
        }
    }

    /**
     * WebKitGTK's MiniBrowser, in automation mode on a display of its own: an {@code Xvfb} on the
     * first free display number, then {@code WebKitWebDriver} on a free port, which starts
     * MiniBrowser for the session. (WebKitGTK has no headless mode.)
     */
    static Browser webkit(Path webKitWebDriver, Path xvfb, Path miniBrowser, Path profileDir) {
        List<ChildProcess> started = new ArrayList<>();
        try {
            // -displayfd 1: Xvfb picks a free display and prints its number, alone on a line.
            ChildProcess display = ChildProcess.start("Xvfb",
                    List.of(xvfb.toString(), "-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"),
                    Map.of());
            started.add(0, display);
            String number = display.awaitLine(Pattern.compile("^(\\d+)$"), Duration.ofSeconds(20));
            int port = ChildProcess.freePort();
            ChildProcess driverProcess = ChildProcess.start("WebKitWebDriver",
                    List.of(webKitWebDriver.toString(), "--port=" + port, "--host=127.0.0.1"),
                    Map.of("DISPLAY", ":" + number, "NO_AT_BRIDGE", "1"));
            started.add(0, driverProcess);
            driverProcess.awaitPort(port, Duration.ofSeconds(20));
            MutableCapabilities capabilities = new MutableCapabilities();
            capabilities.setCapability("webkitgtk:browserOptions",
                    Map.of("binary", miniBrowser.toString(), "args", List.of("--automation")));
            RemoteWebDriver driver;
            try {
                driver = new RemoteWebDriver(URI.create("http://127.0.0.1:" + port).toURL(), capabilities);
            } catch (WebDriverException e) {
                throw driverProcess.failure("started no MiniBrowser session: " + e.getMessage());
            }
            return new WebDriverBrowser(Engine.WEBKIT, driver, List.copyOf(started));
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            started.forEach(ChildProcess::close);
            throw e;
        }
    }

    @Override
    public void open(String url) {
        try {
            driver.get(url);
        } catch (WebDriverException e) {
            throw new BrowserException(name() + " could not open " + url + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Object executeAsync(String script, Object... args) {
        try {
            return driver.executeAsyncScript(script, args);
        } catch (WebDriverException e) {
            throw new BrowserException(name() + ": the script failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return engine.displayName() + " " + driver.getCapabilities().getBrowserVersion();
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            processes.forEach(ChildProcess::close);
        }
    }
}
