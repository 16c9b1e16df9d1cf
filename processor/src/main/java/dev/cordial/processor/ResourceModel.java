package dev.cordial.processor;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What the writer needs for one annotated resource type: its generated filter's name and, for
 * every resource method an {@code @AllowCredentials} covers, the policy that applies.
 */
record ResourceModel(TypeElement type, String packageName, String filterSimpleName, List<Covered> methods) {

    /**
     * @param key the method's name and erased binary parameter types, {@code "get(long)"}, as the
     *     runtime computes it from {@code java.lang.reflect.Method}
     */
    record Covered(String key, String methodName, PolicyModel policy) {}
}
