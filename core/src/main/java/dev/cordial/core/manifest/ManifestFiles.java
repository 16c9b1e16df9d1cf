package dev.cordial.core.manifest;

import dev.cordial.core.naming.GeneratedNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds and reads policy manifests. Class-loader resources cannot be listed, so the caller names
 * where to look: class-path roots (a directory or a jar, whose {@code META-INF/cordial/routes/*.json}
 * are read) or manifest files themselves. A path that does not exist is an error rather than an empty
 * result, so that a typo cannot turn into a run that verifies nothing and passes.
 */
public final class ManifestFiles {

    private static final String DIRECTORY = GeneratedNames.MANIFEST_DIRECTORY;

    private ManifestFiles() {}

    /**
     * Every route of every manifest under {@code paths}, in manifest-name order: class-output
     * directories, jars, manifest files, or {@code cordial:report} JSON files.
     *
     * @throws IllegalArgumentException for a path that is none of these, or a damaged file
     * @throws UncheckedIOException if a file cannot be read
     */
    public static List<ManifestRoute> read(List<Path> paths) {
        TreeMap<String, String> manifests = new TreeMap<>(); // source -> JSON, sorted for a stable report
        for (Path path : paths) {
            try {
                if (Files.isDirectory(path)) {
                    readDirectory(path.resolve(DIRECTORY), manifests);
                } else if (Files.isRegularFile(path) && path.toString().endsWith(".json")) {
                    manifests.put(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
                } else if (Files.isRegularFile(path)) {
                    readJar(path, manifests);
                } else {
                    throw new IllegalArgumentException("no such manifest, directory or jar: " + path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read manifests from " + path, e);
            }
        }
        List<ManifestRoute> routes = new ArrayList<>();
        manifests.forEach((source, json) -> routes.addAll(ManifestJson.routes(json, source)));
        return routes;
    }

    private static void readDirectory(Path directory, TreeMap<String, String> into) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.toString().endsWith(".json")) {
                    into.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void readJar(Path jar, TreeMap<String, String> into) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(DIRECTORY) && name.endsWith(".json") && name.indexOf('/', DIRECTORY.length()) < 0) {
                    into.put(jar + "!/" + name, new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }
}
