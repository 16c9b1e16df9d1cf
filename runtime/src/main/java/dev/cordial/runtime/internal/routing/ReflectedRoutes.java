package dev.cordial.runtime.internal.routing;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Paths and HTTP methods of resource methods that no {@code @AllowCredentials} covers, read by
 * reflection once at startup: the route table needs them so that a preflight to an unannotated
 * resource is left to the application even when an annotated template would also match.
 */
public final class ReflectedRoutes {

    /** A root resource method's {@code @Path} values as written and its HTTP methods. */
    public record Found(String classPath, String methodPath, List<String> httpMethods) {}

    private ReflectedRoutes() {}

    /** The route of {@code method} on {@code resourceClass}, or {@code null} for sub-resources and locators. */
    public static Found of(Class<?> resourceClass, Method method) {
        Set<Class<?>> lineage = lineage(resourceClass);
        Path classPath = null;
        for (Class<?> c : lineage) {
            classPath = c.getAnnotation(Path.class);
            if (classPath != null) {
                break;
            }
        }
        if (classPath == null) {
            return null;
        }
        for (Class<?> c : lineage) {
            Method m = declared(c, method);
            if (m == null) {
                continue;
            }
            List<String> designators = new ArrayList<>();
            for (Annotation a : m.getAnnotations()) {
                HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
                if (hm != null) {
                    designators.add(hm.value());
                }
            }
            Path methodPath = m.getAnnotation(Path.class);
            if (!designators.isEmpty()) {
                return new Found(classPath.value(), methodPath == null ? "" : methodPath.value(), designators);
            }
            if (methodPath != null) {
                return null; // a sub-resource locator
            }
        }
        return null;
    }

    private static Method declared(Class<?> c, Method method) {
        try {
            return c.getDeclaredMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * The type, its superclasses, then their interfaces breadth-first: where Jakarta REST looks for
     * annotations. Computed once per type (the binder asks once per resource method).
     */
    public static Set<Class<?>> lineage(Class<?> type) {
        return LINEAGE.get(type);
    }

    private static final ClassValue<Set<Class<?>>> LINEAGE = new ClassValue<>() {
        @Override
        protected Set<Class<?>> computeValue(Class<?> type) {
            Set<Class<?>> out = new LinkedHashSet<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                out.add(c);
            }
            List<Class<?>> queue = new ArrayList<>(out);
            for (int i = 0; i < queue.size(); i++) {
                for (Class<?> itf : queue.get(i).getInterfaces()) {
                    if (out.add(itf)) {
                        queue.add(itf);
                    }
                }
            }
            return Collections.unmodifiableSet(out);
        }
    };
}
