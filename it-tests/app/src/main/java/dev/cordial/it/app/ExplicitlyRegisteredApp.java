package dev.cordial.it.app;

import dev.cordial.runtime.CordialFeature;
import jakarta.ws.rs.ApplicationPath;
import java.util.HashSet;
import java.util.Set;

/**
 * The same application registering Cordial by hand, as a class and as an instance, on top of
 * auto-discovery: every header must still appear once.
 */
@ApplicationPath("api")
public class ExplicitlyRegisteredApp extends TestApp {
    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(super.getClasses());
        classes.add(CordialFeature.class);
        return classes;
    }

    @Override
    public Set<Object> getSingletons() {
        return Set.of(new CordialFeature());
    }
}
