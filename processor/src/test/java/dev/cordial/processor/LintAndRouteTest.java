package dev.cordial.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The Fetch-aware lints (headers scripts could not send, bodies needing Content-Type) and the
 * ambiguous-preflight error across resources.
 */
class LintAndRouteTest {

    private static JavaFileObject source(String name, String body) {
        return JavaFileObjects.forSourceString("com.example." + name, """
                package com.example;
                import dev.cordial.AllowCredentials;
                import jakarta.ws.rs.*;
                import jakarta.ws.rs.core.*;
                """ + body);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Compilers.cordial().compile(sources);
    }

    @Test
    void headerParamNotInAllowHeadersIsAWarningAtTheParameter() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowCredentials(origins = "https://app.example.com")
                public class R {
                    @GET public String get(
                            @HeaderParam("X-Request-Id") String id,
                            @HeaderParam("Accept-Language") String language,
                            @HeaderParam("Cookie") String cookie) { return ""; }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("does not let cross-origin scripts send \"X-Request-Id\", which R.get() reads"
                + " with @HeaderParam: it is not CORS-safelisted, so add it to allowHeaders")
                .inFile(r).onLineContaining("X-Request-Id");
    }

    @Test
    void theCorsProtocolsOwnRequestHeadersNeverAskForAllowHeaders() {
        // The browser sends these itself; allowHeaders may not even name them, so a warning asking
        // to add them there could never be followed.
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowCredentials(origins = "https://app.example.com")
                public class R {
                    @HeaderParam("ORIGIN") String origin;
                    @GET public String get(
                            @HeaderParam("Access-Control-Request-Method") String method,
                            @HeaderParam("access-control-request-headers") String headers,
                            @HeaderParam("Access-Control-Request-Private-Network") String pna,
                            @HeaderParam("Access-Control-Max-Age") String maxAge) { return ""; }
                }
                """);
        assertThat(compile(r)).succeededWithoutWarnings();
    }

    @Test
    void aClassLevelPolicyWarnsAtASubResourceLocatorItCannotCover() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowCredentials(origins = "https://app.example.com")
                public class R {
                    @GET public String get() { return ""; }
                    @Path("items") public Object items() { return new Object(); }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("@AllowCredentials on R does not cover its sub-resource locator R.items():"
                + " requests through it reach a class found only at run time")
                .inFile(r).onLineContaining("public Object items()");
        assertThat(c).generatedSourceFile("com.example.R_CordialFilter");
    }

    @Test
    void headerParamListedInAllowHeadersInAnyCaseIsClean() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowCredentials(origins = "https://app.example.com", allowHeaders = "x-request-id")
                public class R {
                    @GET public String get(@HeaderParam("X-Request-Id") String id) { return ""; }
                }
                """);
        assertThat(compile(r)).succeededWithoutWarnings();
    }

    @Test
    void headerParamOnAFieldIsReportedOnceForAllMethods() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowCredentials(origins = "https://app.example.com")
                public class R {
                    @HeaderParam("Authorization") String authorization;
                    @GET public String get() { return ""; }
                    @DELETE public void delete() {}
                }
                """);
        Compilation c = compile(r);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("send \"Authorization\"").inFile(r).onLineContaining("@HeaderParam(\"Authorization\")");
    }

    @Test
    void headerParamIsCheckedAgainstTheMethodLevelPolicy() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowCredentials(origins = "https://app.example.com", allowHeaders = "X-Token")
                public class R {
                    @GET public String get(@HeaderParam("X-Token") String token) { return ""; }
                    @DELETE
                    @AllowCredentials(origins = "https://admin.example.com")
                    public void delete(@HeaderParam("X-Token") String token) {}
                }
                """);
        Compilation c = compile(r);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("which R.delete() reads").inFile(r).onLineContaining("void delete(");
    }

    @Test
    void consumesJsonWithoutContentTypeIsAWarningAtTheMediaType() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowCredentials(origins = "https://app.example.com")
                public class R {
                    @POST
                    @Consumes({MediaType.TEXT_PLAIN,
                            MediaType.APPLICATION_JSON})
                    public String create(String body) { return body; }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("does not allow the Content-Type header, yet R.create() consumes"
                + " \"application/json\"").inFile(r).onLineContaining("MediaType.APPLICATION_JSON})");
    }

    @Test
    void classLevelConsumesIsReportedOnceAtTheClass() {
        JavaFileObject r = source("R", """
                @Path("r")
                @Consumes("application/json; charset=UTF-8")
                @AllowCredentials(origins = "https://app.example.com")
                public class R {
                    @POST public String create(String body) { return body; }
                    @PUT public String replace(String body) { return body; }
                    @GET public String get() { return ""; }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("consumes \"application/json\"").inFile(r).onLineContaining("@Consumes(");
    }

    @Test
    void simpleBodiesWildcardsAndAllowedContentTypeAreClean() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowCredentials(origins = "https://app.example.com")
                public class R {
                    @POST @Consumes({"text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "*/*"})
                    public String create(String body) { return body; }
                    @PUT @Path("json") @Consumes("application/json")
                    @AllowCredentials(origins = "https://app.example.com", allowHeaders = "content-type")
                    public String replace(String body) { return body; }
                    @GET @Consumes("application/json") public String noBody(@QueryParam("q") String q) { return q; }
                }
                """);
        assertThat(compile(r)).succeededWithoutWarnings();
    }

    @Test
    void samePathAndMethodWithDifferentPoliciesAcrossResourcesIsAnError() {
        JavaFileObject a = source("A", """
                @Path("orders")
                @AllowCredentials(origins = "https://app.example.com")
                public class A {
                    @GET @Path("{id}") public String get(@PathParam("id") long id) { return ""; }
                }
                """);
        JavaFileObject b = source("B", """
                @Path("/orders/")
                public class B {
                    @GET @Path("/{orderId}")
                    @Produces("application/xml")
                    @AllowCredentials(origins = "https://admin.example.com")
                    public String xml(@PathParam("orderId") long id) { return ""; }
                }
                """);
        Compilation c = compile(a, b);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("must not give GET /orders/{} a different policy from A.get(): a preflight"
                + " names only the path and the method").inFile(b).onLineContaining("@AllowCredentials");
    }

    @Test
    void samePolicyOnSharedRouteAndDifferentRegexesAreFine() {
        JavaFileObject a = source("A", """
                @Path("orders")
                @AllowCredentials(origins = "https://app.example.com")
                public class A {
                    @GET @Path("{id: [0-9]+}") public String byId(@PathParam("id") long id) { return ""; }
                    @GET @Path("{name: [a-z]+}")
                    @AllowCredentials(origins = "https://admin.example.com")
                    public String byName(@PathParam("name") String name) { return ""; }
                    @GET @Produces("application/xml") @Path("{id: [0-9]+}") public String xml(@PathParam("id") long id) { return ""; }
                }
                """);
        assertThat(compile(a)).succeededWithoutWarnings();
    }

    @Test
    void everyProblemIsReportedOnceEvenWhenManyMethodsShareThePolicy() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowCredentials(origins = {"*",
                        "http://app.example.com"}, methods = {"get",
                        "GET", "GET"})
                public class R {
                    @GET public String a() { return ""; }
                    @GET @Path("b") public String b() { return ""; }
                    @GET @Path("c") public String c() { return ""; }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).hadErrorCount(3);
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadErrorContaining("must not be \"*\"").inFile(r).onLineContaining("{\"*\",");
        assertThat(c).hadErrorContaining("must be spelled \"GET\"").inFile(r).onLineContaining("{\"get\",");
        assertThat(c).hadErrorContaining("must use https").inFile(r).onLineContaining("\"http://app.example.com\"}");
        assertThat(c).hadWarningContaining("methods lists \"GET\" more than once").inFile(r).onLineContaining("\"GET\", \"GET\"");
    }

    @Test
    void annotationOnAPathInterfaceMethodIsAccepted() {
        JavaFileObject api = source("Api", """
                @Path("api")
                public interface Api {
                    @GET
                    @AllowCredentials(origins = "https://app.example.com")
                    String get();
                }
                """);
        assertThat(compile(api)).succeededWithoutWarnings();
    }
}
