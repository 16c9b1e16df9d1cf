package dev.cordial.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The policy manifest: one sorted JSON file per annotated type, beside its generated filter. */
class ManifestTest {

    private static JavaFileObject orders(String adminOrigins) {
        return JavaFileObjects.forSourceString("com.example.OrdersResource", """
                package com.example;
                import dev.cordial.AllowCredentials;
                import jakarta.ws.rs.*;

                @Path("orders")
                @AllowCredentials(origins = {"https://app.example.com", "https://*.preview.example.com"},
                                  originsProperty = "orders.origins", exposeHeaders = "X-Total-Count")
                public class OrdersResource {
                    @GET public String list() { return ""; }
                    @POST @Consumes("text/plain") public String create(String body) { return body; }
                    @DELETE @Path("{id}")
                    @AllowCredentials(origins = {%s}, maxAge = 600)
                    public void remove(@PathParam("id") long id) {}
                }
                """.formatted(adminOrigins));
    }

    private static String manifest(Compilation c) throws Exception {
        return c.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/cordial/routes/com.example.OrdersResource.json")
                .orElseThrow().getCharContent(true).toString();
    }

    @Test
    void describesEveryRouteWithItsPolicyAndWhereItIsDeclared() throws Exception {
        Compilation c = Compilers.cordial().compile(orders("\"https://admin.example.com\""));
        assertThat(c).succeeded();
        String route = """
                    {
                      "template": "%s",
                      "httpMethods": ["%s"],
                      "javaMethod": "%s",
                      "origins": ["https://app.example.com"],
                      "patterns": ["https://*.preview.example.com"],
                      "originsProperty": "orders.origins",
                      "methods": ["GET", "POST"],
                      "allowHeaders": [],
                      "exposeHeaders": ["X-Total-Count"],
                      "maxAge": -1,
                      "dangerouslyAllowCleartextOrigins": false,
                      "credentials": true,
                      "isolation": "APPLICATION",
                      "declaredOn": "com.example.OrdersResource"
                    }""";
        org.assertj.core.api.Assertions.assertThat(manifest(c)).isEqualTo("""
                {
                  "formatVersion": 3,
                  "resource": "com.example.OrdersResource",
                  "filter": "com.example.OrdersResource_CordialFilter",
                  "routes": [
                %s,
                %s,
                    {
                      "template": "/orders/{id}",
                      "httpMethods": ["DELETE"],
                      "javaMethod": "remove(long)",
                      "origins": ["https://admin.example.com"],
                      "patterns": [],
                      "originsProperty": "",
                      "methods": ["DELETE"],
                      "allowHeaders": [],
                      "exposeHeaders": [],
                      "maxAge": 600,
                      "dangerouslyAllowCleartextOrigins": false,
                      "credentials": true,
                      "isolation": "APPLICATION",
                      "declaredOn": "com.example.OrdersResource.remove()"
                    }
                  ]
                }
                """.formatted(route.formatted("/orders", "POST", "create(java.lang.String)").indent(4).stripTrailing(),
                route.formatted("/orders", "GET", "list()").indent(4).stripTrailing()));
    }

    @Test
    void aRouteThatToleratesCleartextOriginsSaysSo() throws Exception {
        JavaFileObject source = JavaFileObjects.forSourceString("com.example.OrdersResource", """
                package com.example;
                import dev.cordial.AllowCredentials;
                import jakarta.ws.rs.*;

                @Path("orders")
                @AllowCredentials(origins = "https://app.example.com")
                public class OrdersResource {
                    @GET public String list() { return ""; }
                    @GET @Path("wiki")
                    @AllowCredentials(origins = "http://wiki.intranet.example", dangerouslyAllowCleartextOrigins = true)
                    public String wiki() { return ""; }
                }
                """);
        Compilation c = Compilers.cordial().compile(source);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("is cleartext, allowed only by dangerouslyAllowCleartextOrigins");
        java.util.List<dev.cordial.core.manifest.ManifestRoute> routes =
                dev.cordial.core.manifest.ManifestJson.routes(manifest(c), "test");
        org.assertj.core.api.Assertions.assertThat(routes)
                .extracting(dev.cordial.core.manifest.ManifestRoute::template,
                        dev.cordial.core.manifest.ManifestRoute::dangerouslyAllowCleartextOrigins)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/orders", false),
                        org.assertj.core.groups.Tuple.tuple("/orders/wiki", true));
        // And the generated filter carries it to the runtime, which checks originsProperty values with it.
        assertThat(c).generatedSourceFile("com.example.OrdersResource_CordialFilter").contentsAsUtf8String()
                .contains(".dangerouslyAllowCleartextOrigins(true)");
    }

    @Test
    void addingAnOriginChangesExactlyOneLine() throws Exception {
        String before = manifest(Compilers.cordial().compile(orders("\"https://admin.example.com\"")));
        String after = manifest(Compilers.cordial().compile(
                orders("\"https://admin.example.com\", \"https://ops.example.com\"")));
        java.util.List<String> a = before.lines().toList();
        java.util.List<String> b = after.lines().toList();
        org.assertj.core.api.Assertions.assertThat(b).hasSameSizeAs(a);
        int changed = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed++;
                org.assertj.core.api.Assertions.assertThat(b.get(i))
                        .isEqualTo("      \"origins\": [\"https://admin.example.com\", \"https://ops.example.com\"],");
            }
        }
        org.assertj.core.api.Assertions.assertThat(changed).isEqualTo(1);
    }
}
