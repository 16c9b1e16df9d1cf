package dev.cordial.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
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
 * its methods: which resource methods it serves, with which HTTP methods, under which policy. A
 * method-level annotation replaces the class-level one for that method.
 */
final class ResourceReader {

    static final String ALLOW_CREDENTIALS = "dev.cordial.AllowCredentials";
    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

    private final Elements elements;
    private final Types types;

    ResourceReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The model, or {@code null} when the type has an error (every error already reported). */
    ResourceModel read(TypeElement type, Report report) {
        AnnotationMirror classMirror = mirror(type, ALLOW_CREDENTIALS);
        if (classMirror != null && !hasPathInHierarchy(type)) {
            report.error(Messages.classPlacement(type.getQualifiedName().toString()), type, classMirror, null);
        }

        List<ResourceMethod> resourceMethods = new ArrayList<>();
        Set<String> servedUnderClassPolicy = new LinkedHashSet<>();
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (method.getModifiers().contains(Modifier.STATIC)
                    || method.getEnclosingElement().getKind() == ElementKind.CLASS
                    && ((TypeElement) method.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object")) {
                continue;
            }
            boolean declaredHere = method.getEnclosingElement().equals(type);
            AnnotationMirror methodMirror = mirror(method, ALLOW_CREDENTIALS);
            if (!declaredHere && methodMirror != null) {
                continue; // covered by the generated filter of the type that declares it
            }
            ExecutableElement jaxrs = jaxrsAnnotated(method, type);
            List<String> designators = jaxrs == null ? List.of() : designators(jaxrs);
            if (methodMirror != null) {
                String name = type.getSimpleName() + "." + method.getSimpleName() + "()";
                if (jaxrs == null) {
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
                resourceMethods.add(new ResourceMethod(method, methodMirror, designators));
            }
        }

        PolicyModel classPolicy = classMirror == null ? null
                : PolicyReader.read(classMirror, type, List.copyOf(servedUnderClassPolicy), report);
        List<ResourceModel.Covered> covered = new ArrayList<>();
        for (ResourceMethod rm : resourceMethods) {
            PolicyModel policy = rm.mirror == null ? classPolicy
                    : PolicyReader.read(rm.mirror, rm.method, rm.designators, report);
            if (policy != null) {
                covered.add(new ResourceModel.Covered(key(rm.method), rm.method.getSimpleName().toString(), policy));
            }
        }
        if (!report.isClean()) {
            return null;
        }
        String pkg = elements.getPackageOf(type).getQualifiedName().toString();
        return new ResourceModel(type, pkg, filterSimpleName(type, pkg), List.copyOf(covered));
    }

    private record ResourceMethod(ExecutableElement method, AnnotationMirror mirror, List<String> designators) {}

    /** {@code Outer.Inner} becomes {@code Outer_Inner_CordialFilter}, as the runtime expects. */
    private String filterSimpleName(TypeElement type, String pkg) {
        String binary = elements.getBinaryName(type).toString();
        String local = pkg.isEmpty() ? binary : binary.substring(pkg.length() + 1);
        return local.replace('$', '_') + "_CordialFilter";
    }

    /**
     * The method itself if it carries {@code @Path} or an HTTP method designator, else the first
     * method it overrides that does (Jakarta REST annotation inheritance), else {@code null}.
     */
    private ExecutableElement jaxrsAnnotated(ExecutableElement method, TypeElement type) {
        if (isJaxrs(method)) {
            return method;
        }
        for (TypeMirror superType : allSupertypes(type)) {
            TypeElement superElement = (TypeElement) types.asElement(superType);
            for (ExecutableElement candidate : ElementFilter.methodsIn(superElement.getEnclosedElements())) {
                if (isJaxrs(candidate) && elements.overrides(method, candidate, type)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private boolean isJaxrs(ExecutableElement method) {
        return mirror(method, PATH) != null || !designators(method).isEmpty();
    }

    /** HTTP methods from annotations that are themselves annotated {@code @HttpMethod}. */
    private List<String> designators(ExecutableElement method) {
        List<String> out = new ArrayList<>();
        for (AnnotationMirror a : method.getAnnotationMirrors()) {
            AnnotationMirror httpMethod = mirror(a.getAnnotationType().asElement(), HTTP_METHOD);
            if (httpMethod != null) {
                for (AnnotationValue v : httpMethod.getElementValues().values()) {
                    out.add(String.valueOf(v.getValue()));
                }
            }
        }
        return out;
    }

    private boolean hasPathInHierarchy(TypeElement type) {
        if (mirror(type, PATH) != null) {
            return true;
        }
        for (TypeMirror t : allSupertypes(type)) {
            if (mirror(types.asElement(t), PATH) != null) {
                return true;
            }
        }
        return false;
    }

    private List<TypeMirror> allSupertypes(TypeElement type) {
        List<TypeMirror> out = new ArrayList<>();
        List<TypeMirror> queue = new ArrayList<>(types.directSupertypes(type.asType()));
        for (int i = 0; i < queue.size(); i++) {
            TypeMirror t = queue.get(i);
            if (t.getKind() != TypeKind.DECLARED) {
                continue;
            }
            out.add(t);
            queue.addAll(types.directSupertypes(t));
        }
        return out;
    }

    /** Name and erased binary parameter types, matching the runtime's key for the reflected method. */
    private String key(ExecutableElement method) {
        StringBuilder sb = new StringBuilder(method.getSimpleName()).append('(');
        List<? extends VariableElement> params = method.getParameters();
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(binaryName(types.erasure(params.get(i).asType())));
        }
        return sb.append(')').toString();
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

    static AnnotationMirror mirror(Element element, String annotationType) {
        for (AnnotationMirror a : element.getAnnotationMirrors()) {
            Element t = a.getAnnotationType().asElement();
            if (t instanceof TypeElement te && te.getQualifiedName().contentEquals(annotationType)) {
                return a;
            }
        }
        return null;
    }
}
