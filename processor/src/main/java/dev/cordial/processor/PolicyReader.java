package dev.cordial.processor;

import dev.cordial.runtime.internal.OriginSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads one {@code @AllowCredentials} mirror into a {@link PolicyModel}, validating each value as
 * it goes and reporting every problem at the value that causes it.
 */
final class PolicyReader {

    private PolicyReader() {}

    /**
     * @param served the HTTP methods the annotated code serves, used when {@code methods} is empty
     * @return the policy, or {@code null} if any value was invalid (each problem already reported)
     */
    static PolicyModel read(AnnotationMirror mirror, Element element, List<String> served, Report report) {
        Values values = new Values(mirror);
        boolean clean = true;

        List<String> origins = new ArrayList<>();
        for (AnnotationValue item : values.list("origins")) {
            String origin = String.valueOf(item.getValue());
            OriginSyntax.Verdict verdict = OriginSyntax.checkConfigured(origin);
            if (verdict.valid()) {
                origins.add(origin);
            } else {
                report.error(Messages.origin(origin, verdict.message()), element, mirror, item);
                clean = false;
            }
        }
        AnnotationValue propertyValue = values.single("originsProperty");
        String originsProperty = propertyValue == null ? "" : String.valueOf(propertyValue.getValue());
        if (values.list("origins").isEmpty() && originsProperty.isBlank()) {
            report.error(Messages.noOrigins(), element, mirror, values.single("origins"));
            clean = false;
        }

        List<String> methods = strings(values.list("methods"));
        List<String> allowHeaders = strings(values.list("allowHeaders"));
        List<String> exposeHeaders = strings(values.list("exposeHeaders"));

        AnnotationValue maxAgeValue = values.single("maxAge");
        int maxAge = maxAgeValue != null && maxAgeValue.getValue() instanceof Number n ? n.intValue() : -1;
        if (maxAge < -1) {
            report.error(Messages.maxAgeBelowMinusOne(maxAge), element, mirror, maxAgeValue);
            clean = false;
        }
        if (!clean) {
            return null;
        }
        return new PolicyModel(element, List.copyOf(origins), originsProperty,
                methods.isEmpty() ? List.copyOf(served) : methods, allowHeaders, exposeHeaders, maxAge);
    }

    private static List<String> strings(List<AnnotationValue> items) {
        List<String> out = new ArrayList<>(items.size());
        for (AnnotationValue item : items) {
            out.add(String.valueOf(item.getValue()));
        }
        return List.copyOf(out);
    }

    /** The values written explicitly in the annotation; defaults are absent. */
    private static final class Values {
        private final Map<? extends ExecutableElement, ? extends AnnotationValue> explicit;

        Values(AnnotationMirror mirror) {
            this.explicit = mirror.getElementValues();
        }

        AnnotationValue single(String name) {
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : explicit.entrySet()) {
                if (e.getKey().getSimpleName().contentEquals(name)) {
                    return e.getValue();
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        List<AnnotationValue> list(String name) {
            AnnotationValue value = single(name);
            if (value == null || !(value.getValue() instanceof List<?>)) {
                return List.of();
            }
            return (List<AnnotationValue>) value.getValue();
        }
    }
}
