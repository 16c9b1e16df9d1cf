package dev.cordial.it.app;

import jakarta.ws.rs.ApplicationPath;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The test application with Jersey's auto-discovery switched off, so that Cordial runs only if
 * registered by hand: {@link #withCordial} registers {@code CordialFeature}, the one class the
 * README asks for; without it, Cordial is absent.
 */
@ApplicationPath("api")
public class NoAutoDiscoveryApp extends TestApp {

    private final boolean withCordial;

    public NoAutoDiscoveryApp(boolean withCordial) {
        this.withCordial = withCordial;
    }

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(super.getClasses());
        if (withCordial) {
            classes.add(dev.cordial.runtime.CordialFeature.class);
        }
        return classes;
    }

    @Override
    public Map<String, Object> getProperties() {
        Map<String, Object> properties = new HashMap<>(super.getProperties());
        properties.put("jersey.config.server.disableAutoDiscovery", true);
        return properties;
    }
}
