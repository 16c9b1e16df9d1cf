package dev.cordial.runtime.internal.http;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.RandomAccess;

/**
 * The value list of a response header Cordial writes: one value, held in a field. An
 * {@code ArrayList} of one costs two objects (48 bytes) where this costs one (24 bytes), and
 * Cordial writes four such headers on every allowed request. It stays an ordinary mutable list
 * for the filters that run after Cordial's: the first {@code add} or {@code remove} moves the
 * values into an {@code ArrayList}, which serves every call from then on.
 */
final class HeaderValues extends AbstractList<Object> implements RandomAccess {

    /** The one value while {@link #grown} is {@code null}. */
    private Object single;
    private ArrayList<Object> grown;

    HeaderValues(Object value) {
        this.single = value;
    }

    @Override
    public Object get(int index) {
        if (grown != null) {
            return grown.get(index);
        }
        checkSingle(index);
        return single;
    }

    @Override
    public int size() {
        return grown != null ? grown.size() : 1;
    }

    @Override
    public Object set(int index, Object value) {
        if (grown != null) {
            return grown.set(index, value);
        }
        checkSingle(index);
        Object old = single;
        single = value;
        return old;
    }

    @Override
    public void add(int index, Object value) {
        grow().add(index, value);
        modCount++;
    }

    @Override
    public Object remove(int index) {
        Object removed = grow().remove(index);
        modCount++;
        return removed;
    }

    private ArrayList<Object> grow() {
        if (grown == null) {
            grown = new ArrayList<>(2);
            grown.add(single);
            single = null;
        }
        return grown;
    }

    private static void checkSingle(int index) {
        if (index != 0) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length 1");
        }
    }
}
