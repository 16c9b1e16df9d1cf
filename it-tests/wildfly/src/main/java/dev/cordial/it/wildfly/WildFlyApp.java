package dev.cordial.it.wildfly;

import dev.cordial.it.app.WarApp;
import jakarta.ws.rs.ApplicationPath;

/**
 * The shared application as the WAR deploys it on WildFly, found by WildFly by its
 * {@code @ApplicationPath}: {@link WarApp}'s classes and properties. Nothing of Cordial's is
 * listed: RESTEasy loads {@code CordialFeature} from cordial-runtime's {@code META-INF/services}.
 */
@ApplicationPath("api")
public class WildFlyApp extends WarApp {}
