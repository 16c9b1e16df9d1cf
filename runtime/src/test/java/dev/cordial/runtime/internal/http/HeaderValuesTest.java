package dev.cordial.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link HeaderValues} behaves as an {@code ArrayList} holding the same value would. */
class HeaderValuesTest {

    /**
     * Any sequence of list operations, applied to a {@code HeaderValues} and to an {@code ArrayList}
     * of the same one value, gives the same results, exceptions and contents after each step.
     */
    @Property(tries = 2_000)
    void behavesAsAnArrayListOfOne(@ForAll("operations") List<int[]> operations) {
        List<Object> model = new ArrayList<>(List.of("v"));
        List<Object> values = new HeaderValues("v");
        for (int[] op : operations) {
            Object expected = apply(model, op);
            Object actual = apply(values, op);
            assertThat(actual).as("operation %s", java.util.Arrays.toString(op)).isEqualTo(expected);
            assertThat(values).isEqualTo(model);
            assertThat(values.hashCode()).isEqualTo(model.hashCode());
            assertThat(values.toString()).isEqualTo(model.toString());
        }
    }

    /** The result of one operation, or the class of the exception it threw. */
    private static Object apply(List<Object> list, int[] op) {
        int index = op[1];
        String value = "x" + op[2];
        try {
            return switch (op[0]) {
                case 0 -> list.add(value);
                case 1 -> {
                    list.add(index, value);
                    yield "added";
                }
                case 2 -> list.set(index, value);
                case 3 -> list.remove(index);
                case 4 -> list.get(index);
                case 5 -> list.remove(value);
                case 6 -> {
                    list.clear();
                    yield "cleared";
                }
                case 7 -> list.indexOf(value);
                default -> list.size();
            };
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    @Provide
    Arbitrary<List<int[]>> operations() {
        Arbitrary<int[]> op = Arbitraries.integers().between(0, 8).flatMap(kind -> Arbitraries.integers()
                .between(-1, 3).flatMap(index -> Arbitraries.integers().between(0, 2)
                        .map(value -> new int[] {kind, index, value})));
        return op.list().ofMaxSize(8);
    }

    @Test
    void iteratorsChangeItInPlace() {
        List<Object> values = new HeaderValues("Origin");
        ListIterator<Object> it = values.listIterator();
        assertThat(it.next()).isEqualTo("Origin");
        it.set("Accept");
        it.add("Cookie");
        assertThat(values).containsExactly("Accept", "Cookie");
        Iterator<Object> again = values.iterator();
        again.next();
        again.remove();
        assertThat(values).containsExactly("Cookie");
    }

    @Test
    void anIteratorNoticesAStructuralChange() {
        List<Object> values = new HeaderValues("Origin");
        Iterator<Object> it = values.iterator();
        values.add("Cookie");
        assertThatThrownBy(it::next).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void anIteratorSurvivesReplacingTheValue() {
        List<Object> values = new HeaderValues("Origin");
        Iterator<Object> it = values.iterator();
        values.set(0, "Cookie");
        assertThat(it.next()).isEqualTo("Cookie");
        assertThat(it.hasNext()).isFalse();
    }
}
