package dev.cordial.it.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts resource-method invocations, so tests can prove a refused request never ran one. */
public final class Invocations {

    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    private Invocations() {}

    static void hit(String name) {
        COUNTS.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    }

    public static int count(String name) {
        AtomicInteger c = COUNTS.get(name);
        return c == null ? 0 : c.get();
    }
}
