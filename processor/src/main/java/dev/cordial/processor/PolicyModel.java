package dev.cordial.processor;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * One validated {@code @AllowCredentials} or {@code @AllowWithoutCredentials}, with {@code methods}
 * made explicit: when the annotation leaves it empty, it holds the HTTP methods the annotated code serves.
 *
 * @param source the class or method carrying the annotation
 * @param allowCleartext {@code dangerouslyAllowCleartextOrigins}
 * @param credentials {@code true} for {@code @AllowCredentials}
 * @param isolation the {@code dev.cordial.Isolation} constant's name, {@code APPLICATION} by default
 */
record PolicyModel(
        Element source,
        List<String> origins,
        String originsProperty,
        List<String> methods,
        List<String> allowHeaders,
        List<String> exposeHeaders,
        int maxAge,
        boolean allowCleartext,
        boolean credentials,
        String isolation) {

    /** True if the two would answer every request alike, wherever they are written. */
    boolean sameRules(PolicyModel other) {
        return origins.equals(other.origins) && originsProperty.equals(other.originsProperty)
                && methods.equals(other.methods) && allowHeaders.equals(other.allowHeaders)
                && exposeHeaders.equals(other.exposeHeaders) && maxAge == other.maxAge
                && allowCleartext == other.allowCleartext && credentials == other.credentials
                && isolation.equals(other.isolation);
    }
}
