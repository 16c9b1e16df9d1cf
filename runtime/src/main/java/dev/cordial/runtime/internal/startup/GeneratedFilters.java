package dev.cordial.runtime.internal.startup;

import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.routing.ReflectedRoutes;
import dev.cordial.core.naming.GeneratedNames;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the classes the processor generated for a resource, by name, at startup: no classpath
 * scanning. The processor names the filter of {@code com.example.Outer.Inner}
 * {@code com.example.Outer_Inner_CordialFilter}.
 */
public final class GeneratedFilters {

    private static final ClassValue<List<Object>> CACHE = new ClassValue<>() {
        @Override
        protected List<Object> computeValue(Class<?> type) {
            List<Object> found = new ArrayList<>();
            for (Class<?> c : ReflectedRoutes.lineage(type)) {
                Object f = load(c);
                if (f != null) {
                    found.add(f);
                }
            }
            return List.copyOf(found);
        }
    };

    private GeneratedFilters() {}

    /**
     * The generated filters that may cover methods of {@code resourceClass}: its own first, then
     * those of its superclasses and {@code @Path} interfaces.
     */
    public static <T> List<T> forResource(Class<?> resourceClass, Class<T> base) {
        List<Object> found = CACHE.get(resourceClass);
        List<T> typed = new ArrayList<>(found.size());
        for (Object filter : found) {
            if (!base.isInstance(filter)) {
                throw new IllegalStateException(Messages.notAGeneratedFilter(filter.getClass().getName(), base.getName()));
            }
            typed.add(base.cast(filter));
        }
        return typed;
    }

    /** True if the processor generated a filter for {@code type} (and it is on the class path). */
    public static boolean exists(Class<?> type) {
        return load(type) != null;
    }

    /** The generated name of the filter for {@code type}. */
    public static String filterName(Class<?> type) {
        return GeneratedNames.filterName(type.getPackageName(), type.getName());
    }

    /** {@code name(erased,parameter,types)}, with nested types in binary form and arrays as {@code []}. */
    public static String methodKey(Method method) {
        List<String> params = new ArrayList<>(method.getParameterCount());
        for (Class<?> param : method.getParameterTypes()) {
            params.add(param.getTypeName());
        }
        return GeneratedNames.methodKey(method.getName(), params);
    }

    private static Object load(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader == null) {
            return null;
        }
        Class<?> generated;
        try {
            generated = Class.forName(filterName(type), true, loader);
        } catch (ClassNotFoundException e) {
            return null;
        }
        try {
            return generated.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException | InstantiationException | IllegalAccessException | NoSuchMethodException e) {
            throw new IllegalStateException(Messages.cannotInstantiate(generated.getName()), e);
        }
    }
}
