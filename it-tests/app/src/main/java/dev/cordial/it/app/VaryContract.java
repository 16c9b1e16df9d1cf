package dev.cordial.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code Vary: Origin} on every response from an annotated resource, whatever its status and
 * whoever produced it (resource, exception mapper, container, authentication filter, Cordial's
 * own refusals and preflight answers), and a {@code Vary} the resource set is kept.
 */
public abstract class VaryContract extends ServerCase {

    private List<HttpRequest.Builder> requests() {
        List<HttpRequest.Builder> all = new ArrayList<>();
        for (String origin : new String[] {APP, EVIL, null}) {
            all.add(request("orders", origin).GET());
            all.add(request("orders", origin).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            all.add(request("orders", origin).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("x")));
            all.add(request("orders/errors/moved", origin).GET());
            all.add(request("orders/missing", origin).GET());
            all.add(request("orders/errors/conflict", origin).GET());
            all.add(request("orders/errors/boom", origin).GET());
            all.add(request("orders", origin).method("PUT", HttpRequest.BodyPublishers.ofString("x")));
            all.add(request("orders/7", origin).DELETE());
            all.add(request("secure", origin).GET());
            all.add(request("secure", origin).header("Cookie", "session=ok").GET());
            all.add(request("vary", origin).GET());
            all.add(request("profile", origin).GET());
            all.add(request("narrow", origin).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("x")));
            all.add(request("orders", origin).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        }
        all.add(preflightRequest("orders", APP, "POST", null));
        all.add(preflightRequest("orders", EVIL, "POST", null));
        all.add(preflightRequest("orders/7", APP, "DELETE", null));
        all.add(preflightRequest("secure/items", APP, "POST", "content-type"));
        all.add(preflightRequest("secure/items", APP, "POST", "x-evil"));
        return all;
    }

    @Test
    @DisplayName("Vary: Origin on 100% of responses from annotated resources: 2xx, 3xx, 4xx, 5xx and preflights")
    void varyOnEveryResponse() throws Exception {
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> withoutVary = new ArrayList<>();
        List<HttpRequest.Builder> requests = requests();
        for (HttpRequest.Builder b : requests) {
            HttpRequest request = b.build();
            HttpResponse<String> r = send(b);
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (!varyTokens(r).contains("origin")) {
                withoutVary.add(request.method() + " " + request.uri() + " " + request.headers().firstValue("Origin")
                        + " -> " + r.statusCode());
            }
        }
        System.out.printf("%s: %d of %d responses from annotated resources carried Vary: Origin; statuses %s%n",
                caseName(), requests.size() - withoutVary.size(), requests.size(), statuses);
        assertThat(statuses.keySet()).as("the requests cover 2xx, 3xx, 4xx and 5xx")
                .anyMatch(s -> s / 100 == 2).anyMatch(s -> s / 100 == 3).anyMatch(s -> s / 100 == 4)
                .anyMatch(s -> s / 100 == 5);
        assertThat(withoutVary).isEmpty();
    }

    @Test
    @DisplayName("a Vary the resource set is kept, with Origin added once, on allowed, refused and origin-less requests")
    void resourceVaryKept() throws Exception {
        for (String origin : new String[] {APP, null}) {
            assertThat(varyTokens(send("GET", "vary", origin))).containsOnlyOnce("accept-encoding", "origin");
        }
    }
}
