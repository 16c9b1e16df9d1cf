package dev.cordial.runtime.internal.startup;

import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.routing.ReflectedRoutes;
import dev.cordial.AllowCredentials;
import dev.cordial.AllowWithoutCredentials;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a resource method is, read by reflection once per method at startup, independently of the
 * generated code: the class that really serves it, every signature it answers to, and whether an
 * {@code @AllowCredentials} covers it. The last is what lets Cordial refuse to start when a covered
 * method has no generated filter (the processor did not run) instead of serving it unprotected.
 *
 * <p>Containers disagree on what they report. Jersey gives the implementing class and its method;
 * RESTEasy gives the {@code @Path} interface and the interface's method; a generic interface's
 * method is {@code put(Object)} on one side and {@code put(String)} on the other. So a method is
 * known by all its keys: its own, the reported one's and those of the bridges javac wrote for it.
 */
public final class ResourceMethods {

    /** Whether a type carries {@code @AllowCredentials} anywhere, read once per type. */
    private static final ClassValue<Boolean> ANNOTATED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return annotated(type);
        }
    };

    private ResourceMethods() {}

    /**
     * The concrete class whose instance serves {@code info}'s method, or {@code null} when the
     * container reports a {@code @Path} interface and hides its implementation.
     */
    public static Class<?> implementation(ResourceInfo info) {
        Class<?> reported = info.getResourceClass();
        if (!reported.isInterface()) {
            return reported;
        }
        Class<?> found = resteasyImplementation(info);
        return found != null && reported.isAssignableFrom(found) && !found.isInterface() ? found : null;
    }

    /**
     * RESTEasy (classic) hands DynamicFeatures an inner class of its {@code ResourceMethodInvoker},
     * whose {@code ResourceFactory} knows the class it instantiates. Read reflectively, so nothing
     * of RESTEasy is loaded elsewhere; any change there yields {@code null}, and the caller fails
     * closed.
     */
    private static Class<?> resteasyImplementation(ResourceInfo info) {
        if (!info.getClass().getName().startsWith("org.jboss.resteasy.")) {
            return null;
        }
        try {
            Object invoker = read(info, "this$0");
            Object factory = read(invoker, "resource");
            for (Class<?> c = factory.getClass(); c != null; c = c.getSuperclass()) {
                for (Class<?> itf : c.getInterfaces()) {
                    if (itf.getName().equals("org.jboss.resteasy.spi.ResourceFactory")) {
                        return (Class<?>) itf.getMethod("getScannableClass").invoke(factory);
                    }
                }
            }
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    /**
     * The method of {@code implementation} that runs for {@code reported}: the reported one itself,
     * the implementation's override of an interface method, or the target of a bridge.
     */
    public static Method handling(Class<?> implementation, Method reported) {
        Method m = reported;
        if (!reported.getDeclaringClass().equals(implementation)) {
            try {
                m = implementation.getMethod(reported.getName(), reported.getParameterTypes());
            } catch (NoSuchMethodException e) {
                m = reported; // not public: the container found it some other way
            }
        }
        return m.isBridge() ? bridged(implementation, m) : m;
    }

    /** Every key the generated code may know {@code handling} by. */
    public static Set<String> keys(Class<?> implementation, Method handling, Method reported) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(GeneratedFilters.methodKey(handling));
        keys.add(GeneratedFilters.methodKey(reported));
        for (Method m : BRIDGES.get(implementation)) {
            if (m.getName().equals(handling.getName())
                    && m.getParameterCount() == handling.getParameterCount()
                    && handling.equals(bridged(implementation, m))) {
                keys.add(GeneratedFilters.methodKey(m));
            }
        }
        return keys;
    }

    /** The public bridge methods of a type, usually none; {@code getMethods()} copies every method per call. */
    private static final ClassValue<List<Method>> BRIDGES = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> bridges = new ArrayList<>();
            for (Method m : type.getMethods()) {
                if (m.isBridge()) {
                    bridges.add(m);
                }
            }
            return List.copyOf(bridges);
        }
    };

    /** The non-bridge method a bridge of {@code type} delegates to. */
    private static Method bridged(Class<?> type, Method bridge) {
        List<Method> targets = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (!m.isBridge() && m.getName().equals(bridge.getName()) && overridesErased(m, bridge)) {
                targets.add(m);
            }
        }
        if (targets.size() != 1) {
            throw new IllegalStateException(Messages.ambiguousBridge(type.getName(), String.valueOf(bridge), targets.size(),
                    bridge.getName()));
        }
        return targets.get(0);
    }

    private static boolean overridesErased(Method m, Method bridge) {
        Class<?>[] own = m.getParameterTypes();
        Class<?>[] erased = bridge.getParameterTypes();
        if (own.length != erased.length || !bridge.getReturnType().isAssignableFrom(m.getReturnType())) {
            return false;
        }
        for (int i = 0; i < own.length; i++) {
            if (!erased[i].isAssignableFrom(own[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The type or method whose {@code @AllowCredentials} covers the resource method known by
     * {@code keys}, or {@code null}: a method-level annotation on any declaration of it, else a
     * class-level one on a type that has the method as a member, provided the method is a resource
     * method (an HTTP method designator, not a locator). The same rule the processor applies.
     */
    public static Class<?> annotatedOwner(Class<?> implementation, Set<String> keys) {
        Set<Class<?>> lineage = ReflectedRoutes.lineage(implementation);
        if (lineage.stream().noneMatch(ANNOTATED::get)) {
            return null; // the usual unannotated resource: no key to compare
        }
        boolean designated = false;
        for (Class<?> c : lineage) {
            for (Method d : declared(c, keys)) {
                if (hasPolicy(d)) {
                    return c;
                }
                designated |= hasDesignator(d);
            }
        }
        if (!designated) {
            return null;
        }
        for (Class<?> c : lineage) {
            if (hasPolicy(c) && hasMember(c, keys)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The first type of {@code resourceClass}'s lineage (itself, its superclasses, its interfaces)
     * on which, or on one of whose declared methods, {@code @AllowCredentials} appears; {@code null}
     * if none: the resource has nothing for Cordial to enforce.
     */
    public static Class<?> annotatedType(Class<?> resourceClass) {
        for (Class<?> c : ReflectedRoutes.lineage(resourceClass)) {
            if (ANNOTATED.get(c)) {
                return c;
            }
        }
        return null;
    }

    /** True if {@code type} or one of its declared methods carries a policy annotation. */
    private static boolean annotated(Class<?> type) {
        if (hasPolicy(type)) {
            return true;
        }
        for (Method m : type.getDeclaredMethods()) {
            if (hasPolicy(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code "@AllowWithoutCredentials"} when that is the only policy annotation {@code owner} (or a
     * method it declares) carries, else {@code "@AllowCredentials"}: for messages.
     */
    public static String annotationName(Class<?> owner) {
        boolean credentialed = owner.isAnnotationPresent(AllowCredentials.class);
        for (Method m : owner.getDeclaredMethods()) {
            credentialed |= m.isAnnotationPresent(AllowCredentials.class);
        }
        return credentialed || !annotated(owner) ? "@AllowCredentials" : "@AllowWithoutCredentials";
    }

    /** {@code @AllowCredentials} or {@code @AllowWithoutCredentials}: either needs its generated filter. */
    private static boolean hasPolicy(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(AllowCredentials.class)
                || element.isAnnotationPresent(AllowWithoutCredentials.class);
    }

    private static boolean hasMember(Class<?> type, Set<String> keys) {
        for (Class<?> c : ReflectedRoutes.lineage(type)) {
            if (!declared(c, keys).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<Method> declared(Class<?> type, Set<String> keys) {
        List<Method> out = new ArrayList<>();
        for (Method d : type.getDeclaredMethods()) {
            if (!d.isBridge() && !d.isSynthetic() && keys.contains(GeneratedFilters.methodKey(d))) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean hasDesignator(Method m) {
        for (Annotation a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }
}
