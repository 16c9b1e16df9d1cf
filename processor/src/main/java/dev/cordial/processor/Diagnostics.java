package dev.cordial.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Diagnostics for one resource type, each printed once at its exact place: javac underlines the
 * annotation value (down to the array element) when it is given one. Remembers whether any error
 * was reported, so a broken resource gets no generated filter while the others still do.
 */
final class Diagnostics {

    private final Messager messager;
    private final java.util.Set<java.util.List<Object>> printed = new java.util.HashSet<>();
    private int errors;

    Diagnostics(Messager messager) {
        this.messager = messager;
    }

    void error(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        errors++;
        print(Diagnostic.Kind.ERROR, message, element, annotation, value);
    }

    void warning(String message, Element element, AnnotationMirror annotation, AnnotationValue value) {
        print(Diagnostic.Kind.WARNING, message, element, annotation, value);
    }

    boolean isClean() {
        return errors == 0;
    }

    private void print(Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation,
            AnnotationValue value) {
        if (!printed.add(java.util.Arrays.asList(kind, message, element, annotation, value))) {
            return;
        }
        if (value != null) {
            messager.printMessage(kind, message, element, annotation, value);
        } else if (annotation != null) {
            messager.printMessage(kind, message, element, annotation);
        } else {
            messager.printMessage(kind, message, element);
        }
    }
}
