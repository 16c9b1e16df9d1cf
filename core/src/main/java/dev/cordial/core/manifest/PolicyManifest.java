package dev.cordial.core.manifest;

import java.util.List;

/**
 * The policy manifest of one annotated type, {@code META-INF/cordial/routes/<binary name>.json}:
 * every route its generated filter covers, with the policy that applies and where it is declared.
 * {@link ManifestJson} writes and reads it.
 *
 * @param resource binary name of the annotated type
 * @param filter binary name of its generated filter
 * @param routes every covered route, each naming {@code resource}
 */
public record PolicyManifest(String resource, String filter, List<ManifestRoute> routes) {

    public PolicyManifest {
        routes = List.copyOf(routes);
    }
}
