package dev.cordial.it.app;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Disables a {@link Requires} case on a stack whose suite (any enclosing test class) {@link Lacks} a capability it needs. */
final class CapabilityCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        Requires requires = element.map(CapabilityCondition::requires).orElse(null);
        if (requires == null) {
            return ConditionEvaluationResult.enabled("no capability required");
        }
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<Class<?>> type = c.getTestClass();
            if (type.isEmpty()) {
                continue;
            }
            Set<Capability> lacked = Lacks.Support.lackedBy(type.get());
            for (Capability needed : requires.value()) {
                if (lacked.contains(needed)) {
                    return ConditionEvaluationResult.disabled(needed.skipReason(type.get().getSimpleName()));
                }
            }
        }
        return ConditionEvaluationResult.enabled("every required capability present");
    }

    private static Requires requires(AnnotatedElement element) {
        if (element instanceof Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                Requires r = c.getAnnotation(Requires.class);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }
        return element.getAnnotation(Requires.class);
    }
}
