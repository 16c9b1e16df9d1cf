package dev.cordial.maven;

import dev.cordial.core.manifest.ManifestFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
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

    /**
     * Fail the build when any policy allows an {@code http://} origin that is not loopback (which
     * compiles only under {@code dangerouslyAllowCleartextOrigins}), or has that opt-out and an
     * {@code originsProperty}, which could bring one at startup.
     */
    @Parameter(defaultValue = "false", property = "cordial.failOnCleartext")
    private boolean failOnCleartext;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            PolicyTable report = PolicyTable.of(ManifestFiles.read(ManifestPaths.paths(classesDirectory, project, includeDependencies)));
            Files.createDirectories(reportDirectory.toPath());
            Files.writeString(reportDirectory.toPath().resolve("cordial-report.md"), report.markdown());
            Files.writeString(reportDirectory.toPath().resolve("cordial-report.json"), report.json());
            getLog().info("Cordial: " + report.rows().size() + " policies; written to " + reportDirectory);
            for (String line : report.markdown().split("\n")) {
                getLog().info(line);
            }
            check(failOnPattern, report.patterns(), "subdomain patterns (cordial.failOnPattern)");
            check(failOnCleartext, report.cleartext(), "http:// origins that are not loopback (cordial.failOnCleartext)");
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Cordial: cannot read the policy manifests: " + e.getMessage(), e);
        }
    }

    private static void check(boolean enabled, List<String> found, String what) throws MojoFailureException {
        if (enabled && !found.isEmpty()) {
            throw new MojoFailureException("Cordial: the policies allow " + what + ": " + String.join(", ", found));
        }
    }
}
