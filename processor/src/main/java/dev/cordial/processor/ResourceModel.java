package dev.cordial.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What the writer needs for one annotated resource type: its generated filter's name and, for
 * every resource method an {@code @AllowCredentials} covers, the policy that applies and the
 * routes (path template and HTTP method) it serves.
 */
record ResourceModel(TypeElement type, String packageName, String filterSimpleName, List<Covered> methods) {

    /**
     * @param key the method's name and erased binary parameter types, {@code "get(long)"}, as the
     *     runtime computes it from {@code java.lang.reflect.Method}
     * @param classPath the resource's {@code @Path} value, as written
     * @param methodPath the method's {@code @Path} value as written, or ""
     * @param template the full path template, normalized by {@code PathTemplate}
     * @param httpMethods the HTTP methods the method serves
     * @param annotated the element carrying the annotation that applies (method or type)
     * @param annotation that annotation, where route conflicts are reported
     */
    record Covered(
            String key,
            String methodName,
            PolicyModel policy,
            String classPath,
            String methodPath,
            String template,
            List<String> httpMethods,
            Element annotated,
            AnnotationMirror annotation) {}
}
