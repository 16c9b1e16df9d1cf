package dev.cordial.runtime.internal.policy;

import dev.cordial.runtime.internal.Messages;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Why a request was refused, for the operator and, in debug mode, for the developer's browser.
 *
 * <p>Each refusal is one record on the logger {@value #LOGGER} at {@code FINE}, which a default
 * production log leaves off: the route, the method, the reason, and the origin as received,
 * escaped (no CR, LF or control characters survive) and truncated. At most {@value #PER_MINUTE}
 * records a minute for each route and reason, then one record saying how many were left out, so a
 * flood of refused requests cannot flood the log. The reason is worked out only when it will be
 * used: with the logger off and debug mode off, a refusal costs what it did before.
 *
 * <p>Debug mode ({@value #DEBUG_PROPERTY}{@code =true}, a Jakarta REST configuration property or a
 * system property) adds the reason to the refused response as {@value #HEADER}, which the browser's
 * network tab shows. It never names the policy's origins.
 */
public final class Refusals {

    /** The logger refusals go to, at {@code FINE}. */
    public static final String LOGGER = "dev.cordial.refusals";
    /** The logger Fetch Metadata isolation in report-only mode warns on: what it would refuse. */
    public static final String ISOLATION_LOGGER = "dev.cordial.isolation";
    /** Switches debug mode on: the reason in a {@value #HEADER} response header. */
    public static final String DEBUG_PROPERTY = "dev.cordial.debug";
    /** The response header that carries the reason in debug mode. */
    public static final String HEADER = "Cordial-Refusal";
    /** Records a minute for one route and reason. */
    public static final int PER_MINUTE = 10;

    private static final Logger LOG = Logger.getLogger(LOGGER);
    private static final Logger ISOLATION_LOG = Logger.getLogger(ISOLATION_LOGGER);
    private static final int MAX_SHOWN = 120;
    private static final int MAX_KEYS = 4096;
    private static final long MINUTE = 60_000_000_000L;
    private static final ConcurrentMap<String, Window> WINDOWS = new ConcurrentHashMap<>();

    private volatile boolean debug;

    /** Debug mode starts off; {@link #readDebugMode} switches it on. */
    public Refusals() {}

    /**
     * Switches debug mode on if {@code config} asks for it, warning once. Called with each
     * configuration the container shows Cordial: some (RESTEasy) hand the application's properties
     * only to the per-method configuration, not to the feature's.
     */
    public void readDebugMode(Configuration config) {
        if (!debug && debugMode(config)) {
            synchronized (this) {
                if (!debug) {
                    debug = true;
                    Logger.getLogger("dev.cordial").warning(Messages.debugModeOn());
                }
            }
        }
    }

    /** Debug mode as the application's configuration, else the system property, says. */
    public static boolean debugMode(Configuration config) {
        Object value = config == null ? null : config.getProperty(DEBUG_PROPERTY);
        if (value == null) {
            value = System.getProperty(DEBUG_PROPERTY);
        }
        return value != null && "true".equalsIgnoreCase(value.toString().strip());
    }

    /** True when a refusal's reason will be used: the logger is on, or debug mode is. */
    public boolean wanted() {
        return debug || LOG.isLoggable(Level.FINE);
    }

    /**
     * Logs the refusal (rate-limited) and returns the response to send: {@code forbidden} itself,
     * or in debug mode a copy with the reason.
     *
     * @param route the route and the resource method that declared its policy; bounded by the
     *     application's routes, never the request's path
     */
    public Response refuse(Response forbidden, String route, String method, String reason) {
        if (LOG.isLoggable(Level.FINE)) {
            log(LOG, Level.FINE, "Cordial refused ", route, method, reason);
        }
        if (!debug) {
            return forbidden;
        }
        return Response.fromResponse(forbidden).header(HEADER, reason).build();
    }

    /**
     * What Fetch Metadata isolation in report-only mode would have refused: a warning on
     * {@value #ISOLATION_LOGGER}, rate-limited as refusals are. The request is served.
     */
    public void reportOnly(String route, String method, String reason) {
        if (ISOLATION_LOG.isLoggable(Level.WARNING)) {
            log(ISOLATION_LOG, Level.WARNING, "Cordial would refuse (isolation report-only) ", route, method, reason);
        }
    }

    private static void log(Logger logger, Level level, String what, String route, String method, String reason) {
        String key = logger.getName() + '\n' + route + '\n' + reasonKind(reason);
        Window window = WINDOWS.get(key);
        if (window == null) {
            window = WINDOWS.size() < MAX_KEYS ? WINDOWS.computeIfAbsent(key, k -> new Window())
                    : WINDOWS.computeIfAbsent("\n", k -> new Window()); // one shared window past the bound
        }
        int left = window.admit(System.nanoTime());
        if (left < 0) {
            return;
        }
        logger.log(level, what + method + " " + route + ": " + reason
                + (left > 0 ? " (" + left + " similar refusals left out of the log in the minute before)" : ""));
    }

    /** The reason without what the request put in it, so one route and reason share a window. */
    private static String reasonKind(String reason) {
        int quote = reason.indexOf('"');
        return quote < 0 ? reason : reason.substring(0, quote);
    }

    /**
     * A value as received, safe in a log line and a header: quoted, control characters, quotes,
     * backslashes and non-ASCII escaped, at most {@value #MAX_SHOWN} characters shown.
     */
    public static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_SHOWN) + 2).append('"');
        int end = Math.min(value.length(), MAX_SHOWN);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (value.length() > MAX_SHOWN) {
            out.append(" (").append(value.length() - MAX_SHOWN).append(" more characters)");
        }
        return out.toString();
    }

    /** One route and reason's minute: how many records it let through, and how many it left out. */
    private static final class Window {
        private long start = Long.MIN_VALUE;
        private int logged;
        private int leftOut;

        /** -1 to leave this one out; else how many the previous minute left out (0 mostly). */
        synchronized int admit(long now) {
            if (start == Long.MIN_VALUE || now - start >= MINUTE) {
                int previous = leftOut;
                start = now;
                logged = 1;
                leftOut = 0;
                return previous;
            }
            if (logged < PER_MINUTE) {
                logged++;
                return 0;
            }
            leftOut++;
            return -1;
        }
    }
}
