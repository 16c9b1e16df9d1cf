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
                      "declaredOn": "com.example.OrdersResource"
                    }""";
        org.assertj.core.api.Assertions.assertThat(manifest(c)).isEqualTo("""
                {
                  "formatVersion": 1,
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
                      "declaredOn": "com.example.OrdersResource.remove()"
                    }
                  ]
                }
                """.formatted(route.formatted("/orders", "POST", "create(java.lang.String)").indent(4).stripTrailing(),
                route.formatted("/orders", "GET", "list()").indent(4).stripTrailing()));
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
