package dev.cordial.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.project.MavenProject;

/** Where a module's policy manifests are: its class output, and its dependencies' jars when asked. */
final class ManifestPaths {

    private ManifestPaths() {}

    static List<Path> paths(File classesDirectory, MavenProject project, boolean includeDependencies) {
        List<Path> paths = new ArrayList<>();
        if (classesDirectory.isDirectory()) {
            paths.add(classesDirectory.toPath());
        }
        if (includeDependencies) {
            for (Artifact artifact : project.getArtifacts()) {
                File file = artifact.getFile();
                if (file != null && (file.isDirectory() || file.getName().endsWith(".jar"))) {
                    paths.add(file.toPath());
                }
            }
        }
        return paths;
    }
}
