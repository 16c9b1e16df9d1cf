package dev.cordial.processor;

import dev.cordial.core.naming.GeneratedNames;
import dev.cordial.core.path.PathTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link ResourceModel} of one type carrying {@code @AllowCredentials} on itself or on
 * its methods: which resource methods it serves, at which paths, with which HTTP methods, under
 * which policy. A method-level annotation replaces the class-level one for that method.
 */
final class ResourceReader {

    private final Elements elements;
    private final Types types;
    private final Jaxrs jaxrs;

    ResourceReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.jaxrs = new Jaxrs(elements, types);
    }

    /** The model, or {@code null} when the type has an error (every error already reported). */
    ResourceModel read(TypeElement type, Diagnostics report) {
        AnnotationMirror classMirror = Jaxrs.mirror(type, Jaxrs.ALLOW_CREDENTIALS);
        TypeElement pathType = jaxrs.pathType(type);
        if (classMirror != null && pathType == null) {
            report.error(Messages.classPlacement(type.getQualifiedName().toString()), type, classMirror, null);
        }

        List<ResourceMethod> resourceMethods = new ArrayList<>();
        Set<String> servedUnderClassPolicy = new LinkedHashSet<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (method.getModifiers().contains(Modifier.STATIC) || isObjectMethod(method)) {
                continue;
            }
            AnnotationMirror methodMirror = Jaxrs.mirror(method, Jaxrs.ALLOW_CREDENTIALS);
            if (!method.getEnclosingElement().equals(type) && methodMirror != null) {
                continue; // covered by the generated filter of the type that declares it
            }
            ExecutableElement annotated = jaxrs.annotatedVersion(method, type);
            List<String> designators = annotated == null ? List.of() : jaxrs.designators(annotated);
            if (methodMirror != null) {
                String name = type.getSimpleName() + "." + method.getSimpleName() + "()";
                if (annotated == null) {
                    report.error(Messages.methodPlacement(name), method, methodMirror, null);
                    continue;
                }
                if (designators.isEmpty()) {
                    report.error(Messages.subResourceLocator(name), method, methodMirror, null);
                    continue;
                }
            } else if (!designators.isEmpty() && classMirror != null) {
                servedUnderClassPolicy.addAll(designators);
            }
            if (!designators.isEmpty()) {
                resourceMethods.add(new ResourceMethod(method, annotated, methodMirror, designators));
            } else if (annotated != null && classMirror != null && pathType != null) {
                report.warning(Messages.locatorNotCovered(type.getSimpleName().toString(),
                        type.getSimpleName() + "." + method.getSimpleName() + "()"), method, null, null);
            }
        }

        PolicyModel classPolicy = classMirror == null ? null
                : PolicyReader.read(classMirror, type, List.copyOf(servedUnderClassPolicy), report);
        String classPath = pathType == null ? "" : Jaxrs.stringValue(Jaxrs.mirror(pathType, Jaxrs.PATH));
        List<ResourceModel.Covered> covered = new ArrayList<>();
        List<FetchLints.Target> lintTargets = new ArrayList<>();
        for (ResourceMethod rm : resourceMethods) {
            PolicyModel policy = rm.mirror == null ? classPolicy
                    : PolicyReader.read(rm.mirror, rm.method, rm.designators, report);
            if (policy == null) {
                continue;
            }
            String methodPath = Jaxrs.stringValue(Jaxrs.mirror(rm.annotated, Jaxrs.PATH));
            covered.add(new ResourceModel.Covered(key(rm.method), rm.method.getSimpleName().toString(), policy,
                    classPath, methodPath, PathTemplate.join(classPath, methodPath),
                    rm.designators, rm.mirror == null ? type : rm.method, rm.mirror == null ? classMirror : rm.mirror));
            lintTargets.add(new FetchLints.Target(rm.annotated, type.getSimpleName() + "." + rm.method.getSimpleName()
                    + "()", policy));
        }
        new FetchLints(jaxrs, report).check(type, pathType, lintTargets);
        if (!report.isClean()) {
            return null;
        }
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        return new ResourceModel(type, pkg, filterSimpleName(type, pkg), List.copyOf(covered));
    }

    private record ResourceMethod(ExecutableElement method, ExecutableElement annotated, AnnotationMirror mirror,
            List<String> designators) {}

    private static boolean isObjectMethod(ExecutableElement method) {
        return method.getEnclosingElement().getKind() == ElementKind.CLASS
                && ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object");
    }

    /** {@code Outer.Inner} becomes {@code Outer_Inner_CordialFilter}, as the runtime expects. */
    private String filterSimpleName(TypeElement type, String pkg) {
        return GeneratedNames.filterSimpleName(pkg, elements.getBinaryName(type).toString());
    }

    /** Name and erased binary parameter types, matching the runtime's key for the reflected method. */
    private String key(ExecutableElement method) {
        List<String> params = new ArrayList<>();
        for (VariableElement param : method.getParameters()) {
            params.add(binaryName(types.erasure(param.asType())));
        }
        return GeneratedNames.methodKey(method.getSimpleName().toString(), params);
    }

    private String binaryName(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY) {
            return binaryName(((ArrayType) type).getComponentType()) + "[]";
        }
        if (type.getKind() == TypeKind.DECLARED) {
            return elements.getBinaryName((TypeElement) ((DeclaredType) type).asElement()).toString();
        }
        return type.toString();
    }
}
