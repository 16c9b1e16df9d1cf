package dev.cordial.runtime.internal.http;

import jakarta.ws.rs.core.AbstractMultivaluedMap;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The headers of one preflight answer, handed to the container's {@code ResponseBuilder} in one
 * {@code replaceAll}. Built with {@code header(name, value)} six times, the answer costs six look-ups
 * and six insertions into the container's case-insensitive header map, and a fresh list per value;
 * {@code replaceAll} on a fresh builder is six insertions of lists made here. The headers are
 * inserted in the order they were added, each value in a {@link HeaderValues}: mutable, for the
 * filters that run later. Not a general map: read-only but for {@link #add}, for one response.
 */
public final class PreflightHeaders extends AbstractMultivaluedMap<String, Object> {

    public PreflightHeaders(int capacity) {
        super(new Store(capacity));
    }

    /** Adds header {@code name} with its one {@code value}; {@code name} must not be there yet. */
    public void add(String name, String value) {
        ((Store) store).add(name, value);
    }

    /** Names and one-value lists in two arrays, in insertion order. */
    private static final class Store extends AbstractMap<String, List<Object>> {
        private final String[] names;
        private final HeaderValues[] values;
        private int size;

        Store(int capacity) {
            names = new String[capacity];
            values = new HeaderValues[capacity];
        }

        void add(String name, String value) {
            names[size] = name;
            values[size] = new HeaderValues(value);
            size++;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Map.Entry<String, List<Object>>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Map.Entry<String, List<Object>>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, List<Object>> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<String, List<Object>> e = new SimpleImmutableEntry<>(names[next], values[next]);
                            next++;
                            return e;
                        }
                    };
                }
            };
        }
    }
}
