package dev.cordial.runtime;

import dev.cordial.runtime.internal.GeneratedFilters;
import dev.cordial.runtime.internal.PropertyOrigins;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Binds the generated {@code *_CordialFilter} of each annotated resource to exactly the resource
 * methods its {@code @AllowCredentials} covers; other resources are never touched.
 *
 * <p>Jersey and RESTEasy register it on their own once {@code cordial-runtime} is on the
 * classpath. Registering it yourself as well ({@code register(CordialFeature.class)}) is harmless:
 * every header is written with replace semantics, so each appears once.
 *
 * <p>All the work happens here, once per resource method at startup: finding the generated class
 * by name and resolving {@code originsProperty}. Requests only run the bound filters.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public final class CordialFeature implements DynamicFeature {

    /**
     * Before authentication, so a refused origin never reaches it; response filters of lower
     * priority run last, so Cordial's headers survive other filters' changes.
     */
    public static final int PRIORITY = Priorities.AUTHENTICATION - 100;

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> resourceClass = resourceInfo.getResourceClass();
        Method method = resourceInfo.getResourceMethod();
        if (resourceClass == null || method == null) {
            return;
        }
        String key = GeneratedFilters.methodKey(method);
        for (CordialFilter generated : GeneratedFilters.forResource(resourceClass)) {
            CorsPolicy policy = generated.policyFor(key);
            if (policy != null) {
                CorsPolicy resolved = PropertyOrigins.resolve(policy, context.getConfiguration(), resourceClass, method);
                context.register(generated.withPolicy(resolved), PRIORITY);
                return;
            }
        }
    }
}
