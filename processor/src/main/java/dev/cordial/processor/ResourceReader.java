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
    private final CredentialReads credentialReads;

    ResourceReader(Elements elements, Types types, CredentialReads credentialReads) {
        this.elements = elements;
        this.types = types;
        this.jaxrs = new Jaxrs(elements, types);
        this.credentialReads = credentialReads;
    }

    /** The model, or {@code null} when the type has an error (every error already reported). */
    ResourceModel read(TypeElement type, Diagnostics report) {
        AnnotationMirror classMirror = policyMirror(type, type.getQualifiedName().toString(), report);
        TypeElement pathType = jaxrs.pathType(type);
        if (classMirror != null && pathType == null) {
            report.error(Messages.of(Jaxrs.credentialed(classMirror),
                    Messages.classPlacement(type.getQualifiedName().toString())), type, classMirror, null);
        }

        List<ResourceMethod> resourceMethods = new ArrayList<>();
        Set<String> servedUnderClassPolicy = new LinkedHashSet<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (method.getModifiers().contains(Modifier.STATIC) || isObjectMethod(method)) {
                continue;
            }
            AnnotationMirror methodMirror = method.getEnclosingElement().equals(type)
                    ? policyMirror(method, type.getSimpleName() + "." + method.getSimpleName() + "()", report)
                    : anyPolicyMirror(method);
            if (!method.getEnclosingElement().equals(type) && methodMirror != null) {
                continue; // covered by the generated filter of the type that declares it
            }
            ExecutableElement annotated = jaxrs.annotatedVersion(method, type);
            if (methodMirror == null && annotated != null && !annotated.equals(method)
                    && anyPolicyMirror(annotated) != null) {
                // The declaration carrying the Jakarta REST annotations (an interface's, a superclass's)
                // has a method-level policy: it replaces this type's class-level one, of either kind, and
                // the declaring type's generated filter covers it.
                continue;
            }
            List<String> designators = annotated == null ? List.of() : jaxrs.designators(annotated);
            if (methodMirror != null) {
                String name = type.getSimpleName() + "." + method.getSimpleName() + "()";
                boolean credentials = Jaxrs.credentialed(methodMirror);
                if (annotated == null) {
                    report.error(Messages.of(credentials, Messages.methodPlacement(name)), method, methodMirror, null);
                    continue;
                }
                if (designators.isEmpty()) {
                    report.error(Messages.of(credentials, Messages.subResourceLocator(name)), method, methodMirror,
                            null);
                    continue;
                }
            } else if (!designators.isEmpty() && classMirror != null) {
                servedUnderClassPolicy.addAll(designators);
            }
            if (!designators.isEmpty()) {
                resourceMethods.add(new ResourceMethod(method, annotated, methodMirror, designators));
            } else if (annotated != null && classMirror != null && pathType != null) {
                report.warning(Messages.of(Jaxrs.credentialed(classMirror), Messages.locatorNotCovered(
                        type.getSimpleName().toString(),
                        type.getSimpleName() + "." + method.getSimpleName() + "()")), method, null, null);
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
            lintTargets.add(new FetchLints.Target(rm.annotated, rm.method, type.getSimpleName() + "."
                    + rm.method.getSimpleName() + "()", policy));
        }
        new FetchLints(jaxrs, report, credentialReads).check(type, pathType, lintTargets);
        if (!report.isClean()) {
            return null;
        }
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        return new ResourceModel(type, pkg, filterSimpleName(type, pkg), List.copyOf(covered));
    }

    /**
     * The element's {@code @AllowCredentials} or {@code @AllowWithoutCredentials}, or {@code null};
     * both on one element is an error, reported at the second, and neither is returned.
     */
    private static AnnotationMirror policyMirror(javax.lang.model.element.Element element, String where,
            Diagnostics report) {
        AnnotationMirror credentialed = Jaxrs.mirror(element, Jaxrs.ALLOW_CREDENTIALS);
        AnnotationMirror without = Jaxrs.mirror(element, Jaxrs.ALLOW_WITHOUT_CREDENTIALS);
        if (credentialed != null && without != null) {
            report.error(Messages.bothPolicies(where), element, without, null);
            return null;
        }
        return credentialed != null ? credentialed : without;
    }

    /** Either policy annotation, for a member inherited from a type whose own model reports on it. */
    private static AnnotationMirror anyPolicyMirror(javax.lang.model.element.Element element) {
        AnnotationMirror credentialed = Jaxrs.mirror(element, Jaxrs.ALLOW_CREDENTIALS);
        return credentialed != null ? credentialed : Jaxrs.mirror(element, Jaxrs.ALLOW_WITHOUT_CREDENTIALS);
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
