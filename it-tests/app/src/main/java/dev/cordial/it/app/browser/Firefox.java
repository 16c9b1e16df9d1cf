package dev.cordial.it.app.browser;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Headless Firefox ESR driven through the WebDriver BiDi server built into it: no geckodriver
 * (Debian has none). Firefox starts on a fresh profile with {@code --remote-debugging-port=0},
 * prints the port it chose, and takes a BiDi session on {@code ws://127.0.0.1:port/session}.
 */
final class Firefox implements Browser {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");

    /**
     * Written to the profile's {@code user.js}: nothing in the background (updates, telemetry,
     * safe browsing, captive-portal and connectivity checks) that would reach the network or add
     * requests. Firefox's remote agent adds its own automation preferences on top.
     */
    private static final List<String> PREFERENCES = List.of(
            "app.update.enabled", "false",
            "app.update.auto", "false",
            "browser.shell.checkDefaultBrowser", "false",
            "browser.startup.homepage_override.mstone", "\"ignore\"",
            "browser.safebrowsing.malware.enabled", "false",
            "browser.safebrowsing.phishing.enabled", "false",
            "browser.safebrowsing.downloads.enabled", "false",
            "browser.safebrowsing.blockedURIs.enabled", "false",
            "browser.safebrowsing.provider.mozilla.updateURL", "\"\"",
            "datareporting.policy.dataSubmissionEnabled", "false",
            "datareporting.healthreport.uploadEnabled", "false",
            "toolkit.telemetry.enabled", "false",
            "toolkit.telemetry.unified", "false",
            "network.captive-portal-service.enabled", "false",
            "network.connectivity-service.enabled", "false",
            "extensions.update.enabled", "false",
            "services.settings.server", "\"http://127.0.0.1:9/\"",
            "app.normandy.enabled", "false",
            "messaging-system.rsexperimentloader.enabled", "false");

    private final ChildProcess process;
    private final BiDi bidi;
    private final String version;
    private final String context;

    private Firefox(ChildProcess process, BiDi bidi, String version, String context) {
        this.process = process;
        this.bidi = bidi;
        this.version = version;
        this.context = context;
    }

    @SuppressWarnings("unchecked")
    static Browser start(Path binary, Path profileDir) {
        writePreferences(profileDir);
        ChildProcess process = ChildProcess.start("Firefox",
                List.of(binary.toString(), "--headless", "--no-remote", "--profile", profileDir.toString(),
                        "--remote-debugging-port=0"),
                Map.of("MOZ_CRASHREPORTER_DISABLE", "1"));
        BiDi bidi = null;
        try {
            String endpoint = process.awaitLine(LISTENING, Duration.ofSeconds(60));
            bidi = BiDi.connect("Firefox", URI.create(endpoint + "/session"));
            Map<String, Object> session = bidi.send("session.new", Map.of("capabilities", Map.of()), COMMAND_TIMEOUT);
            String version = String.valueOf(((Map<String, Object>) session.get("capabilities")).get("browserVersion"));
            Map<String, Object> tree = bidi.send("browsingContext.getTree", Map.of("maxDepth", 0), COMMAND_TIMEOUT);
            List<Map<String, Object>> contexts = (List<Map<String, Object>>) tree.get("contexts");
            return new Firefox(process, bidi, version, (String) contexts.get(0).get("context"));
        } catch (RuntimeException e) {
            if (bidi != null) {
                bidi.close();
            }
            process.close();
            throw e instanceof BrowserException ? e : new BrowserException("Firefox did not start", e);
        }
    }

    private static void writePreferences(Path profileDir) {
        StringBuilder userJs = new StringBuilder();
        for (int i = 0; i < PREFERENCES.size(); i += 2) {
            userJs.append("user_pref(\"").append(PREFERENCES.get(i)).append("\", ").append(PREFERENCES.get(i + 1))
                    .append(");\n");
        }
        try {
            Files.writeString(profileDir.resolve("user.js"), userJs);
        } catch (IOException e) {
            throw new BrowserException("could not write Firefox's preferences into " + profileDir, e);
        }
    }

    @Override
    public void open(String url) {
        bidi.send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"),
                COMMAND_TIMEOUT);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object executeAsync(String script, Object... args) {
        // Selenium's executeAsyncScript, in BiDi terms: the body runs with the callback as its last
        // argument, and the promise it resolves is awaited.
        String function = "(...args) => new Promise((resolve, reject) => {"
                + " try { (function() {\n" + script + "\n}).apply(null, [...args, resolve]); }"
                + " catch (e) { reject(e); } })";
        Map<String, Object> result = bidi.send("script.callFunction", Map.of(
                "functionDeclaration", function,
                "awaitPromise", true,
                "target", Map.of("context", context),
                "arguments", Arrays.stream(args).map(BiDi::localValue).toList(),
                "resultOwnership", "none"), SCRIPT_TIMEOUT);
        if ("exception".equals(result.get("type"))) {
            Map<String, Object> details = (Map<String, Object>) result.get("exceptionDetails");
            throw new BrowserException(name() + ": the script failed: " + details.get("text"));
        }
        return BiDi.javaValue((Map<String, Object>) result.get("result"));
    }

    @Override
    public String name() {
        return Engine.FIREFOX.displayName() + " " + version;
    }

    @Override
    public Engine engine() {
        return Engine.FIREFOX;
    }

    @Override
    public void close() {
        try {
            bidi.send("browser.close", Map.of(), Duration.ofSeconds(10));
        } catch (BrowserException e) {
            // it may close the connection before answering; the process is stopped below either way
        } finally {
            bidi.close();
            process.close();
        }
    }
}
