package dev.cordial.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn cordial:report}: collects the policy manifests the processor wrote
 * ({@code META-INF/cordial/routes/*.json}) in this module, and in its dependencies when asked,
 * prints one table and writes it as {@code cordial-report.md} and {@code cordial-report.json}.
 * Runs after compilation ({@code mvn compile cordial:report}, or bound to a phase).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class ReportMojo extends AbstractMojo {

    static final String MANIFESTS = "META-INF/cordial/routes/";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${project.build.outputDirectory}", property = "cordial.classesDirectory")
    private File classesDirectory;

    @Parameter(defaultValue = "${project.build.directory}/cordial", property = "cordial.reportDirectory")
    private File reportDirectory;

    /** Also report the manifests inside the module's runtime dependencies (jars built with the processor). */
    @Parameter(defaultValue = "false", property = "cordial.includeDependencies")
    private boolean includeDependencies;

    /** Fail the build when any policy uses a subdomain pattern. */
    @Parameter(defaultValue = "false", property = "cordial.failOnPattern")
    private boolean failOnPattern;

    /** Fail the build when any policy allows an {@code http://} origin that is not loopback. */
    @Parameter(defaultValue = "false", property = "cordial.failOnCleartext")
    private boolean failOnCleartext;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<String> manifests = new ArrayList<>();
        try {
            readDirectory(classesDirectory.toPath().resolve(MANIFESTS), manifests);
            if (includeDependencies) {
                for (Artifact artifact : project.getArtifacts()) {
                    File file = artifact.getFile();
                    if (file != null && file.isFile() && file.getName().endsWith(".jar")) {
                        readJar(file, manifests);
                    } else if (file != null && file.isDirectory()) {
                        readDirectory(file.toPath().resolve(MANIFESTS), manifests);
                    }
                }
            }
            Report report = Report.of(manifests);
            Files.createDirectories(reportDirectory.toPath());
            Files.writeString(reportDirectory.toPath().resolve("cordial-report.md"), report.markdown());
            Files.writeString(reportDirectory.toPath().resolve("cordial-report.json"), report.json());
            getLog().info("Cordial: " + report.rows().size() + " policies in " + manifests.size()
                    + " manifests; written to " + reportDirectory);
            for (String line : report.markdown().split("\n")) {
                getLog().info(line);
            }
            check(failOnPattern, report.patterns(), "subdomain patterns (cordial.failOnPattern)");
            check(failOnCleartext, report.cleartext(), "http:// origins that are not loopback (cordial.failOnCleartext)");
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("Cordial: cannot read the policy manifests: " + e.getMessage(), e);
        }
    }

    private static void check(boolean enabled, List<String> found, String what) throws MojoFailureException {
        if (enabled && !found.isEmpty()) {
            throw new MojoFailureException("Cordial: the policies allow " + what + ": " + String.join(", ", found));
        }
    }

    private static void readDirectory(Path dir, List<String> out) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    private static void readJar(File jar, List<String> out) throws IOException {
        try (ZipFile zip = new ZipFile(jar)) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> e.getName().startsWith(MANIFESTS) && e.getName().endsWith(".json")).toList();
            for (ZipEntry entry : entries) {
                try (InputStream in = zip.getInputStream(entry)) {
                    out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }
}
