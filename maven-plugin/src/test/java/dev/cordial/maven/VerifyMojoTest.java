package dev.cordial.maven;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordial.core.manifest.ManifestJson;
import dev.cordial.core.manifest.ManifestRoute;
import dev.cordial.core.manifest.PolicyManifest;
import java.io.File;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cordial:verify's options reach the verifier: per-route origins and properties are checked, a dead base URL is one message. */
class VerifyMojoTest {

    @TempDir
    Path classes;

    private String deadBaseUrl;

    @BeforeEach
    void manifests() throws Exception {
        Path routes = Files.createDirectories(classes.resolve("META-INF/cordial/routes"));
        Files.writeString(routes.resolve("com.example.Preview.json"), ManifestJson.write(new PolicyManifest(
                "com.example.Preview", "com.example.Preview_CordialFilter", List.of(
                        new ManifestRoute("com.example.Preview", "/preview", List.of("GET"), "get()", List.of(),
                                List.of("https://*.preview.example.com"), "", List.of("GET"), List.of(), List.of(), -1,
                                "com.example.Preview"),
                        new ManifestRoute("com.example.Preview", "/configured", List.of("GET"), "configured()", List.of(),
                                List.of(), "cors.origins", List.of("GET"), List.of(), List.of(), -1,
                                "com.example.Preview")))));
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadBaseUrl = "http://127.0.0.1:" + socket.getLocalPort() + "/api/";
        }
    }

    private VerifyMojo mojo(List<String> origins, Map<String, String> properties) throws Exception {
        VerifyMojo mojo = new VerifyMojo();
        set(mojo, "project", new MavenProject());
        set(mojo, "classesDirectory", classes.toFile());
        set(mojo, "baseUrl", deadBaseUrl);
        set(mojo, "origins", origins);
        set(mojo, "properties", properties);
        return mojo;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = VerifyMojo.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @Test
    void refusesAPerRouteOriginThePolicyDoesNotAllow() throws Exception {
        assertThatThrownBy(() -> mojo(List.of("/preview=https://evil.example"), null).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("--origin /preview=https://evil.example: GET /preview does not allow https://evil.example");
    }

    @Test
    void refusesAPropertyValueTheRuntimeWouldRefuse() throws Exception {
        assertThatThrownBy(() -> mojo(List.of(), Map.of("cors.origins", "https://a.example.com, *.example.com")).execute())
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("originsProperty cors.origins (given to the verifier) = \"https://a.example.com,"
                        + " *.example.com\": \"*.example.com\"");
    }

    @Test
    void aDeadBaseUrlIsOneMessage() throws Exception {
        assertThatThrownBy(() -> mojo(List.of("/preview=https://a.preview.example.com"),
                Map.of("cors.origins", "https://a.example.com")).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Cordial: cannot reach " + deadBaseUrl + ": ConnectException: connection refused");
    }
}
