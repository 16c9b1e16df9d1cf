package dev.cordial.it.wildfly.scanned;

import dev.cordial.it.app.WarApp;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The shared application as most WildFly users write one: {@code @ApplicationPath} and no classes,
 * so WildFly scans the WAR (its jars included) for {@code @Path} and {@code @Provider} classes.
 * Left out of this module's WAR (both claim {@code /api}); {@code WildFly.scannedWar()} builds the
 * WAR that has it instead of {@code WildFlyApp}, for {@code WildFlyScannedIT}.
 */
@ApplicationPath("api")
public class ScannedApp extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return WarApp.PROPERTIES;
    }
}
