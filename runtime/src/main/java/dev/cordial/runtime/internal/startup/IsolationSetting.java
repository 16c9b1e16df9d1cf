package dev.cordial.runtime.internal.startup;

import dev.cordial.Isolation;
import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.policy.Refusals;
import jakarta.ws.rs.core.Configuration;
import java.util.Locale;

/**
 * The application's Fetch Metadata isolation, {@value #PROPERTY} = {@code off}, {@code report-only}
 * or {@code enforce}, read once at startup from the places {@link ConfigPlaces} lists (environment
 * variable {@code DEV_CORDIAL_ISOLATION}); unset means {@code off}. It applies to every policy
 * declared with {@code isolation = Isolation.APPLICATION}, the default. Any other value stops
 * startup: a typo in a security setting must not pass for "off".
 */
public final class IsolationSetting {

    /** The configuration key. */
    public static final String PROPERTY = "dev.cordial.isolation";

    private IsolationSetting() {}

    /** @throws IllegalStateException naming the place, the value and the accepted values */
    public static Isolation read(Configuration config) {
        for (ConfigPlaces.Place place : ConfigPlaces.of(config)) {
            String name = place.name().equals("environment variable")
                    ? "environment variable " + PropertyOrigins.envName(PROPERTY) : place.name();
            Object raw;
            try {
                raw = place.lookup().apply(PROPERTY);
            } catch (RuntimeException e) {
                throw new IllegalStateException(Messages.unreadableIsolation(PROPERTY, name, e), e);
            }
            if (raw == null) {
                continue;
            }
            Isolation mode = parse(raw.toString());
            if (mode == null) {
                throw new IllegalStateException(Messages.invalidIsolation(PROPERTY, name, Refusals.shown(raw.toString())));
            }
            return mode;
        }
        return Isolation.OFF;
    }

    /** {@code off}, {@code report-only}, {@code enforce}, in any case, or {@code null}. */
    static Isolation parse(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "off" -> Isolation.OFF;
            case "report-only" -> Isolation.REPORT_ONLY;
            case "enforce" -> Isolation.ENFORCE;
            default -> null;
        };
    }
}
