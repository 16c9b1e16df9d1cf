package dev.cordial.maven;

import dev.cordial.testing.CordialVerifier;
import dev.cordial.testing.VerificationReport;
import java.io.File;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn cordial:verify -Dcordial.baseUrl=https://api.example.com/api/}: checks a running
 * deployment against the module's policy manifests the way a browser would, one line per route and
 * check, and fails the build on any failure. Safe against production by default: no credentials of
 * its own, only GET, HEAD and OPTIONS unless {@code cordial.allowUnsafeMethods} is set.
 */
@Mojo(name = "verify", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class VerifyMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${project.build.outputDirectory}", property = "cordial.classesDirectory")
    private File classesDirectory;

    /** The application's base URL, where its {@code @ApplicationPath} starts. */
    @Parameter(property = "cordial.baseUrl", required = true)
    private String baseUrl;

    /** The fallback origin for routes whose policy lists only patterns or an {@code originsProperty}, where it allows it. */
    @Parameter(property = "cordial.origin")
    private String origin;

    /**
     * Origins per route, as the command line's {@code --origin}: {@code <origins><origin>/preview=https://a.preview.example.com</origin></origins>}
     * ({@code TEMPLATE=ORIGIN}, which the route's policy must allow), or a bare {@code ORIGIN} as the fallback;
     * {@code -Dcordial.origins=/a=https://x.example.com,/b=https://y.example.com}.
     */
    @Parameter(property = "cordial.origins")
    private List<String> origins;

    /**
     * The deployment's {@code originsProperty} values, {@code <properties><cors.origins>https://a.example.com</cors.origins></properties>}:
     * parsed as the runtime parses them, and winning over the build's system property and environment variable.
     */
    @Parameter
    private Map<String, String> properties;

    /** Also send preflights for POST, PUT, DELETE and other unsafe methods. */
    @Parameter(defaultValue = "false", property = "cordial.allowUnsafeMethods")
    private boolean allowUnsafeMethods;

    @Parameter(defaultValue = "false", property = "cordial.includeDependencies")
    private boolean includeDependencies;

    /** Request paths for templates, {@code <samples><[/files/{name}]>/files/a.pdf</…>}. */
    @Parameter
    private Map<String, String> samples;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        VerificationReport report;
        try {
            CordialVerifier verifier = CordialVerifier
                    .forManifests(ManifestPaths.paths(classesDirectory, project, includeDependencies))
                    .baseUrl(URI.create(baseUrl));
            if (origin != null && !origin.isBlank()) {
                verifier.origin(origin);
            }
            if (origins != null) {
                origins.stream().filter(o -> !o.isBlank()).forEach(verifier::originOption);
            }
            if (properties != null) {
                properties.forEach((name, value) -> verifier.property(name, value == null ? "" : value));
            }
            if (allowUnsafeMethods) {
                verifier.allowUnsafeMethods();
            }
            if (samples != null) {
                samples.forEach(verifier::sample);
            }
            report = verifier.verify();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Cordial: cannot verify " + baseUrl + ": " + e.getMessage(), e);
        }
        if (!report.reached()) {
            throw new MojoFailureException("Cordial: " + report.failures().get(0).problem());
        }
        report.lines().forEach(line -> getLog().info(line.toString()));
        getLog().info(report.summary());
        if (!report.passed()) {
            throw new MojoFailureException("Cordial: " + report.failures().size() + " checks failed against " + baseUrl
                    + "; see the FAIL lines above");
        }
    }
}
