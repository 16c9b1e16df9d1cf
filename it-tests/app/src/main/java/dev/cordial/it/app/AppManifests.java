package dev.cordial.it.app;

import jakarta.ws.rs.core.Application;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Where this jar's policy manifests are and which of them an application serves, for a row's test that
 * runs cordial-testing's verifier against its running server (the verifier cannot be a contract here:
 * cordial-testing's own tests depend on this module).
 */
public final class AppManifests {

    private AppManifests() {}

    /** The class-path root (jar or directory) holding this module's classes and {@code META-INF/cordial/routes/}. */
    public static Path classPathRoot() {
        try {
            return Path.of(TestApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The binary names of the resources {@code app} serves, with the {@code @Path} interfaces they
     * implement: the manifests' {@code resource}, since this jar also holds other applications' manifests.
     */
    public static Set<String> servedBy(Application app) {
        Set<String> names = new HashSet<>();
        for (Class<?> type : app.getClasses()) {
            names.add(type.getName());
            for (Class<?> implemented : type.getInterfaces()) {
                names.add(implemented.getName());
            }
        }
        return names;
    }
}
