package dev.cordial.it.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;

/** The capabilities a stack's suite (or a stack-specific test) lacks; every other one it has. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Lacks {

    Capability[] value();

    /** Reads {@link Lacks} off a class and its superclasses. */
    final class Support {
        private Support() {}

        static Set<Capability> lackedBy(Class<?> type) {
            Set<Capability> lacked = EnumSet.noneOf(Capability.class);
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                Lacks lacks = c.getAnnotation(Lacks.class);
                if (lacks != null) {
                    lacked.addAll(Set.of(lacks.value()));
                }
            }
            return lacked;
        }
    }
}
