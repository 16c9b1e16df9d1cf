package dev.cordial.runtime.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paths as Jersey and RESTEasy match them: matrix parameters dropped, segments decoded, %2F kept inside. */
class RequestPathTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "orders|orders",
            "/orders/7|/orders/7",
            "orders;v=2|orders",
            "items;v=1/1|items/1",
            "secure;a=b;c=d/items;v=1|secure/items",
            "orders/a%2Fb|orders/a%2Fb",
            "orders/a%2fb|orders/a%2Fb",
            "orders/caf%C3%A9|orders/café",
            "orders/a%20b;x=%2F|orders/a b",
            "orders/100%|orders/100%",
            "orders/%zz|orders/%zz",
            "orders/|orders/",
            "orders;v=2/|orders/"})
    void normalizes(String encoded, String routable) {
        assertThat(RequestPath.normalize(encoded)).isEqualTo(routable);
    }

    @ParameterizedTest(name = "{0} under {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "/api/orders/7|/api/|4",
            "/api/|/api/|4",
            "/orders|/|0",
            "/api/orders;v=2|/api/|-1",
            "/api/orders/a%20b|/api/|-1",
            "/api|/api/|-1",
            "/other/orders|/api/|-1",
            "/api/orders|/api|-1"})
    void matchesInPlaceOnlyWhatNeedsNoNormalizing(String raw, String base, int start) {
        assertThat(RequestPath.plainStart(raw, base)).isEqualTo(start);
    }
}
