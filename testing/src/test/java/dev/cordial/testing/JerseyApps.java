package dev.cordial.testing;

import dev.cordial.core.manifest.ManifestRoute;
import dev.cordial.core.manifest.ManifestFiles;
import dev.cordial.core.naming.GeneratedNames;
import dev.cordial.it.app.MixedApp;
import dev.cordial.it.app.NoAutoDiscoveryApp;
import dev.cordial.it.app.RunningServer;
import dev.cordial.it.app.TestApp;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The integration-test application on Jersey (Grizzly, 127.0.0.1, a port chosen at run time), as it
 * ships or broken on purpose, and where its manifests are.
 */
final class JerseyApps {

    private JerseyApps() {}

    /** {@link TestApp} as it is: Cordial found by auto-discovery. */
    static RunningServer good() {
        return start(ResourceConfig.forApplication(new TestApp()));
    }

    /** The same resources with auto-discovery off and {@code CordialFeature} not registered: Cordial absent. */
    static RunningServer withoutCordial() {
        return start(ResourceConfig.forApplication(new NoAutoDiscoveryApp(false)));
    }

    /** Cordial absent and a hand-written CORS filter that grants every origin in its place. */
    static RunningServer reflectingAnyOrigin() {
        return start(ResourceConfig.forApplication(new NoAutoDiscoveryApp(false)).register(ReflectingCorsFilter.class));
    }

    /** The shipped application with Cordial's debug mode left on. */
    static RunningServer withDebugMode() {
        return start(ResourceConfig.forApplication(new TestApp()).property("dev.cordial.debug", "true"));
    }

    /** {@link MixedApp}: public, bearer-token and credentialed routes side by side. */
    static RunningServer mixed() {
        return start(ResourceConfig.forApplication(new MixedApp()));
    }

    /** {@link MixedApp} without Cordial (auto-discovery off) and a filter reflecting any origin with credentials. */
    static RunningServer mixedReflectingAnyOrigin() {
        return start(ResourceConfig.forApplication(new MixedApp())
                .property("jersey.config.server.disableAutoDiscovery", true).register(ReflectingCorsFilter.class));
    }

    /** The resources {@link MixedApp} serves. */
    static Predicate<ManifestRoute> servedByMixedApp() {
        Set<String> names = new HashSet<>();
        for (Class<?> type : new MixedApp().getClasses()) {
            names.add(type.getName());
        }
        return route -> names.contains(route.resource());
    }

    static RunningServer start(ResourceConfig config) {
        // Grizzly's container adds the @ApplicationPath ("api") itself, so the server is bound at the root.
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config, true);
        URI base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort() + "/api/");
        return new RunningServer() {
            @Override
            public URI baseUri() {
                return base;
            }

            @Override
            public void close() {
                server.shutdownNow();
            }
        };
    }

    /** The class-path root (jar or directory) holding cordial-it-app's classes and manifests. */
    static Path appClassPathRoot() {
        try {
            return Path.of(TestApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The resources {@link TestApp} serves, with the {@code @Path} interfaces they implement: the
     * cordial-it-app jar also holds manifests of resources other applications serve.
     */
    static Predicate<ManifestRoute> servedByTestApp() {
        Set<String> names = new HashSet<>();
        for (Class<?> type : new TestApp().getClasses()) {
            names.add(type.getName());
            for (Class<?> implemented : type.getInterfaces()) {
                names.add(implemented.getName());
            }
        }
        return route -> names.contains(route.resource());
    }

    /** The manifests of {@link #servedByTestApp()}, copied out of the class path as files into {@code dir}. */
    static List<Path> testAppManifestFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        Set<String> resources = new HashSet<>();
        for (ManifestRoute route : ManifestFiles.read(List.of(appClassPathRoot())).stream().filter(servedByTestApp()).toList()) {
            resources.add(route.resource());
        }
        for (String resource : resources) {
            String name = GeneratedNames.MANIFEST_DIRECTORY + resource + ".json";
            try (InputStream in = TestApp.class.getClassLoader().getResourceAsStream(name)) {
                Path file = dir.resolve(resource + ".json");
                Files.write(file, in.readAllBytes());
                files.add(file);
            }
        }
        return files;
    }
}
