package dev.cordial.processor;

import dev.cordial.core.manifest.ManifestJson;
import dev.cordial.core.manifest.ManifestRoute;
import dev.cordial.core.manifest.PolicyManifest;
import dev.cordial.core.naming.GeneratedNames;
import dev.cordial.core.path.PathTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Turns a {@link ResourceModel} into its policy manifest,
 * {@code META-INF/cordial/routes/<binary name>.json}, written by cordial-core's
 * {@link ManifestJson}: every covered route with the policy that applies and where it is declared.
 * One file per annotated type, that type as its only originating element; sorted, so that the same
 * source gives the same bytes and a diff shows exactly which route gained which origin.
 */
final class ManifestWriter {

    private ManifestWriter() {}

    static String path(String binaryName) {
        return GeneratedNames.manifestPath(binaryName);
    }

    static String write(ResourceModel model, String binaryName) {
        List<ManifestRoute> routes = new ArrayList<>();
        for (ResourceModel.Covered r : model.methods()) {
            PolicyModel p = r.policy();
            List<String> exact = new ArrayList<>();
            List<String> patterns = new ArrayList<>();
            for (String origin : p.origins()) {
                (origin.contains("://*.") ? patterns : exact).add(origin);
            }
            routes.add(new ManifestRoute(binaryName, PathTemplate.asWritten(r.classPath(), r.methodPath()),
                    r.httpMethods(), r.key(), exact, patterns, p.originsProperty(), p.methods(), p.allowHeaders(),
                    p.exposeHeaders(), p.maxAge(), declaredOn(p.source()), p.allowCleartext(), p.credentials(),
                    p.isolation()));
        }
        routes.sort(Comparator.comparing(ManifestRoute::template).thenComparing(ManifestRoute::javaMethod));
        return ManifestJson.write(new PolicyManifest(binaryName,
                GeneratedNames.filterName(model.packageName(), binaryName), routes));
    }

    private static String declaredOn(Element source) {
        if (source instanceof TypeElement type) {
            return type.getQualifiedName().toString();
        }
        if (source instanceof ExecutableElement method && method.getEnclosingElement() instanceof TypeElement owner) {
            return owner.getQualifiedName() + "." + method.getSimpleName() + "()";
        }
        return source.toString();
    }
}
