package dev.cordial.runtime.internal.routing;

import dev.cordial.runtime.TestPolicies;
import dev.cordial.runtime.internal.policy.CorsRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cordial.runtime.CorsPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final CorsRules a = CorsRules.of(TestPolicies.values(CorsPolicy.builder().origins("https://a.example.com").methods("GET").build()));
    private final CorsRules b = CorsRules.of(TestPolicies.values(CorsPolicy.builder().origins("https://b.example.com").methods("GET").build()));

    @Test
    void literalTemplateBeatsParameter() {
        RouteTable t = new RouteTable();
        t.add("orders", "{id}", "GET", a);
        t.add("orders", "export", "GET", null);
        assertThat(rules(t, "orders/7")).containsExactly(a);
        assertThat(t.candidates("orders/export")).extracting(RouteTable.Entry::rules).containsOnlyNulls();
    }

    @Test
    void resourceTemplateIsChosenFirstAsJakartaRestDoes() {
        RouteTable t = new RouteTable();
        t.add("a/b", "{x}", "GET", a);
        t.add("a", "b/c", "GET", b);
        // stage 1 picks "a/b" (more literal characters), so "b/c" under "a" is never reached
        assertThat(rules(t, "/a/b/c")).containsExactly(a);
    }

    @Test
    void regexParametersAndTrailingSlashes() {
        RouteTable t = new RouteTable();
        t.add("/items/", "/{id: [0-9]+}/notes/", "GET", a);
        t.add("items", "", "GET", b);
        assertThat(rules(t, "items/42/notes")).containsExactly(a);
        assertThat(rules(t, "items/42/notes/")).containsExactly(a);
        assertThat(t.candidates("items/abc/notes")).isEmpty();
        assertThat(rules(t, "items")).containsExactly(b);
        assertThat(rules(t, "/items/")).containsExactly(b);
        assertThat(t.candidates("itemsx")).isEmpty();
    }

    @Test
    void regexWithBracesAndGroups() {
        RouteTable t = new RouteTable();
        t.add("codes", "{code: (ab|cd){2}}", "GET", a);
        assertThat(rules(t, "codes/abcd")).containsExactly(a);
        assertThat(t.candidates("codes/abc")).isEmpty();
    }

    @Test
    void headFallsBackToGet() {
        List<RouteTable.Entry> entries = List.of(new RouteTable.Entry("GET", a, "GET"));
        assertThat(RouteTable.forMethod(entries, "HEAD").rules()).isSameAs(a);
        assertThat(RouteTable.forMethod(entries, "get")).isNull();
    }

    @Test
    void allowMethodsListsOnlyWhatThePolicyServesAtThatTemplate() {
        CorsRules app = CorsRules.of(TestPolicies.values(CorsPolicy.builder().origins("https://app.example.com")
                .methods("GET", "POST", "PUT").build()));
        CorsRules other = CorsRules.of(TestPolicies.values(CorsPolicy.builder().origins("https://admin.example.com").methods("DELETE").build()));
        RouteTable t = new RouteTable();
        t.add("items", "", "GET", app);
        t.add("items", "", "POST", app);
        t.add("items", "{id}", "PUT", app);
        t.add("items", "{id}", "GET", app);
        t.add("items", "{id}", "DELETE", other);
        t.add("items", "{id}", "PATCH", null);
        assertThat(t.candidates("items")).extracting(RouteTable.Entry::servedMethods)
                .containsOnly("GET, POST");
        assertThat(RouteTable.forMethod(t.candidates("items/7"), "PUT").servedMethods()).isEqualTo("PUT, GET");
        assertThat(RouteTable.forMethod(t.candidates("items/7"), "DELETE").servedMethods()).isEqualTo("DELETE");
        assertThat(RouteTable.forMethod(t.candidates("items/7"), "PATCH").servedMethods()).isNull();
        assertThat(RouteTable.forMethod(t.candidates("items"), "PUT")).as("PUT is not served at items").isNull();
    }

    private static List<CorsRules> rules(RouteTable t, String path) {
        return t.candidates(path).stream().map(RouteTable.Entry::rules).toList();
    }

    @Test
    void dumpListsCoveredRoutesWithTheirResolvedPolicy() {
        RouteTable routes = new RouteTable();
        dev.cordial.runtime.CorsPolicy policy = dev.cordial.runtime.CorsPolicy.builder()
                .origins("https://app.example.com").methods("GET", "DELETE").build()
                .withMoreOrigins(java.util.List.of("https://staging.example.com"));
        CorsRules rules = CorsRules.of(TestPolicies.values(policy));
        routes.add("orders", "{id}", "DELETE", rules);
        routes.add("orders", "", "GET", rules);
        routes.add("public", "", "GET", null);
        assertThat(routes.dump()).isEqualTo("Cordial routes:\n"
                + "  DELETE /orders/{} -> " + policy + "\n"
                + "  GET /orders -> " + policy);
        assertThat(policy.toString()).contains("https://staging.example.com");
    }

    @Test
    void dumpSaysWhichRoutesGoWithoutCredentialsAndWhichIsolate() {
        RouteTable routes = new RouteTable();
        CorsRules catalogue = CorsRules.of(TestPolicies.values(CorsPolicy.builder().withoutCredentials().origins("*")
                .methods("GET").allowHeaders("*", "Authorization").build()));
        CorsRules account = CorsRules.of(TestPolicies.values(CorsPolicy.builder().origins("https://app.example.com")
                .methods("GET").isolation(dev.cordial.Isolation.ENFORCE).build()));
        routes.add("catalogue", "", "GET", catalogue);
        assertThat(routes.isolating()).as("no policy isolates yet").isFalse();
        routes.add("account", "", "GET", account);
        assertThat(routes.isolating()).isTrue();
        assertThat(routes.dump()).isEqualTo("Cordial routes:\n"
                + "  GET /account -> CorsPolicy{origins=[https://app.example.com], originsProperty=, methods=[GET],"
                + " allowHeaders=[], exposeHeaders=[], maxAge=-1, isolation=ENFORCE}\n"
                + "  GET /catalogue -> CorsPolicy{credentials=false, origins=[*], originsProperty=, methods=[GET],"
                + " allowHeaders=[*, Authorization], exposeHeaders=[], maxAge=-1}");
    }

    @Test
    void aSecondPolicyOnTheSameRouteRefusesToStartInsteadOfKeepingTheFirst() {
        RouteTable routes = new RouteTable();
        routes.add("orders", "{id}", "GET", a, "com.example.a.Orders.get(long)");
        routes.add("/orders/", "{id}", "GET", a, "com.example.a.Orders.get(long)"); // the same policy reported again
        routes.add("orders", "{name}", "DELETE", b, "com.example.b.Orders.remove(java.lang.String)"); // another method
        assertThatThrownBy(() -> routes.add("orders", "{name}", "GET", b, "com.example.b.Orders.byName(java.lang.String)"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cordial: GET /orders/{name} is covered by two different @AllowCredentials"
                        + " policies (com.example.a.Orders.get(long): CorsPolicy{origins=[https://a.example.com]")
                .hasMessageContaining("and com.example.b.Orders.byName(java.lang.String): CorsPolicy{origins=[https://b.example.com]")
                .hasMessageContaining("the application must not start");
        assertThat(routes.candidates("/orders/1")).extracting(RouteTable.Entry::rules).containsExactlyInAnyOrder(a, b);
        assertThat(RouteTable.forMethod(routes.candidates("/orders/1"), "GET").rules()).isSameAs(a);
    }
}
