package dev.cordial.it.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The capabilities a case (a contract class or one test) needs: on a stack whose suite lacks one,
 * JUnit reports it as skipped, naming the stack and the capability.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@ExtendWith(CapabilityCondition.class)
public @interface Requires {
    Capability[] value();
}
