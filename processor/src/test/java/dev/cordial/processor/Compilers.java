package dev.cordial.processor;

import com.google.testing.compile.Compiler;

/** The one javac configuration every processor test uses. */
final class Compilers {


    private Compilers() {}

    static Compiler cordial() {
        // A new processor instance per compilation: processors keep per-compilation state.
        return Compiler.javac().withProcessors(new CordialProcessor());
    }
}
