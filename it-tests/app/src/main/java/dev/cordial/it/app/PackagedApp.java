package dev.cordial.it.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The shared application for a stack that builds one application into a package and runs it in its
 * own process (Quarkus): every resource and provider the package holds, which is {@link TestApp}'s,
 * {@link HostileApp}'s (their paths do not overlap) and {@link InvocationsResource}, so that the
 * tests, in another process, can read the {@link Invocations} counts; with both applications'
 * configuration properties. It lists no classes: Quarkus then serves all it indexed, Cordial's
 * providers among them (an application listing its classes leaves Cordial out on Quarkus). It
 * refers to neither application class, so the package leaves those out.
 */
@ApplicationPath("api")
public class PackagedApp extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(TestApp.ORIGINS_PROPERTY, TestApp.ORIGINS, HostileApp.PROPERTY, HostileApp.PROPERTY_ORIGINS);
    }
}
