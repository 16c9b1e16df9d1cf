package dev.cordial.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the processor needs to know of Jakarta REST's annotations, read by name so the processor
 * needs no Jakarta REST jar of its own: {@code @Path}, HTTP method designators, annotation
 * inheritance from supertypes.
 */
final class Jaxrs {

    static final String ALLOW_CREDENTIALS = "dev.cordial.AllowCredentials";
    static final String ALLOW_WITHOUT_CREDENTIALS = "dev.cordial.AllowWithoutCredentials";
    static final String COOKIE_PARAM = "jakarta.ws.rs.CookieParam";
    static final String CONTEXT = "jakarta.ws.rs.core.Context";
    static final String PATH = "jakarta.ws.rs.Path";
    static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
    static final String HEADER_PARAM = "jakarta.ws.rs.HeaderParam";
    static final String CONSUMES = "jakarta.ws.rs.Consumes";

    private final Elements elements;
    private final Types types;

    Jaxrs(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The type itself if it has {@code @Path}, else the first supertype that has, else null. */
    TypeElement pathType(TypeElement type) {
        if (mirror(type, PATH) != null) {
            return type;
        }
        for (TypeMirror t : allSupertypes(type)) {
            TypeElement e = (TypeElement) types.asElement(t);
            if (mirror(e, PATH) != null) {
                return e;
            }
        }
        return null;
    }

    /**
     * The method itself if it carries {@code @Path} or an HTTP method designator, else the first
     * method it overrides that does (Jakarta REST annotation inheritance), else {@code null}.
     */
    ExecutableElement annotatedVersion(ExecutableElement method, TypeElement type) {
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

    boolean isJaxrs(ExecutableElement method) {
        return mirror(method, PATH) != null || !designators(method).isEmpty();
    }

    /** HTTP methods from annotations that are themselves annotated {@code @HttpMethod}. */
    List<String> designators(ExecutableElement method) {
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

    List<TypeMirror> allSupertypes(TypeElement type) {
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

    /** Whether {@code mirror} is {@code @AllowCredentials} (else it is {@code @AllowWithoutCredentials}). */
    static boolean credentialed(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                .contentEquals(ALLOW_CREDENTIALS);
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

    /** The {@code value} of a single-valued annotation such as {@code @Path}, or "" if absent. */
    static String stringValue(AnnotationMirror mirror) {
        AnnotationValue v = value(mirror);
        return v == null ? "" : String.valueOf(v.getValue());
    }

    static AnnotationValue value(AnnotationMirror mirror) {
        if (mirror == null) {
            return null;
        }
        for (var e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("value")) {
                return e.getValue();
            }
        }
        return null;
    }
}
