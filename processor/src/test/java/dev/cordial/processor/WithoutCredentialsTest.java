package dev.cordial.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code @AllowWithoutCredentials}: what it accepts that {@code @AllowCredentials} refuses ({@code *}
 * origins and header lists, cleartext origins), what both refuse, the two on one element, a method
 * of one kind under a class of the other, the credential-read warnings, and what is generated.
 */
class WithoutCredentialsTest {

    private static JavaFileObject source(String name, String body) {
        return JavaFileObjects.forSourceString("com.example." + name, """
                package com.example;
                import dev.cordial.AllowCredentials;
                import dev.cordial.AllowWithoutCredentials;
                import dev.cordial.Isolation;
                import jakarta.ws.rs.*;
                import jakarta.ws.rs.core.*;
                """ + body);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Compilers.cordial().compile(sources);
    }

    private static String generated(Compilation c, String name) throws IOException {
        return c.generatedSourceFile("com.example." + name).orElseThrow().getCharContent(true).toString();
    }

    private static String manifest(Compilation c, String binaryName) throws IOException {
        return c.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/cordial/routes/" + binaryName + ".json")
                .orElseThrow().getCharContent(true).toString();
    }

    @Test
    void anyOriginAnyHeaderAndAuthorizationCompileCleanAndAreGeneratedWithoutCredentials() throws IOException {
        JavaFileObject r = source("Catalogue", """
                @Path("catalogue")
                @AllowWithoutCredentials(origins = "*", allowHeaders = {"*", "Authorization"}, exposeHeaders = "*")
                public class Catalogue {
                    @GET public String list() { return ""; }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).succeededWithoutWarnings();
        assertThat(generated(c, "Catalogue_CordialFilter"))
                .contains(".withoutCredentials()\n")
                .contains(".origins(\"*\")")
                .contains(".allowHeaders(\"*\", \"Authorization\")")
                .contains("{@code @AllowWithoutCredentials} on the class")
                .doesNotContain(".isolation(");
        assertThat(manifest(c, "com.example.Catalogue"))
                .contains("\"origins\": [\"*\"],")
                .contains("\"credentials\": false,")
                .contains("\"isolation\": \"APPLICATION\",");
    }

    @Test
    void cleartextOriginsNeedNoOptOutWithoutCredentials() {
        Compilation c = compile(source("Status", """
                @Path("status")
                @AllowWithoutCredentials(origins = "http://dashboard.intranet.example")
                public class Status {
                    @GET public String get() { return ""; }
                }
                """));
        assertThat(c).succeededWithoutWarnings();
    }

    @Test
    void starMustStandAlone() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowWithoutCredentials(origins = {"*", "https://app.example.com"})
                public class R {
                    @GET public String get() { return ""; }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("@AllowWithoutCredentials origins \"*\" already allows every origin: it must be"
                + " the only entry, without originsProperty").inFile(r).onLineContaining("origins = {");
        Compilation property = compile(source("P", """
                @Path("p")
                @AllowWithoutCredentials(origins = "*", originsProperty = "p.origins")
                public class P {
                    @GET public String get() { return ""; }
                }
                """));
        assertThat(property).hadErrorContaining("already allows every origin");
    }

    @Test
    void theRulesBothShareAreWordedForTheAnnotationWritten() {
        JavaFileObject r = source("R", """
                @Path("r")
                @AllowWithoutCredentials(origins = {"null", "https://App.example.com"}, methods = "*",
                        exposeHeaders = "Set-Cookie", allowHeaders = "Origin")
                public class R {
                    @GET public String get() { return ""; }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("@AllowWithoutCredentials origins entry \"null\"");
        assertThat(c).hadErrorContaining("@AllowWithoutCredentials origins entry \"https://App.example.com\"");
        assertThat(c).hadErrorContaining("@AllowWithoutCredentials methods must not contain \"*\"");
        assertThat(c).hadErrorContaining("@AllowWithoutCredentials exposeHeaders must not contain \"Set-Cookie\"");
        assertThat(c).hadErrorContaining("@AllowWithoutCredentials allowHeaders must not contain \"Origin\"");
        assertThat(compile(source("E", """
                @Path("e")
                @AllowWithoutCredentials
                public class E {
                    @GET public String get() { return ""; }
                }
                """))).hadErrorContaining("@AllowWithoutCredentials must name at least one origin");
    }

    @Test
    void starHeadersStayErrorsWithCredentials() {
        Compilation c = compile(source("R", """
                @Path("r")
                @AllowCredentials(origins = "*", allowHeaders = "*")
                public class R {
                    @GET public String get() { return ""; }
                }
                """));
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("@AllowCredentials origins entry \"*\" must not be \"*\"");
        assertThat(c).hadErrorContaining("@AllowWithoutCredentials(origins = \"*\")");
        assertThat(c).hadErrorContaining("@AllowCredentials allowHeaders must not contain \"*\"");
    }

    @Test
    void bothOnOneClassOrOneMethodDoNotCompile() {
        JavaFileObject onClass = source("C", """
                @Path("c")
                @AllowCredentials(origins = "https://app.example.com")
                @AllowWithoutCredentials(origins = "*")
                public class C {
                    @GET public String get() { return ""; }
                }
                """);
        Compilation c = compile(onClass);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("@AllowCredentials and @AllowWithoutCredentials must not both be on"
                + " com.example.C").inFile(onClass).onLineContaining("@AllowWithoutCredentials(origins");
        assertThat(c).hadErrorCount(1);

        JavaFileObject onMethod = source("M", """
                @Path("m")
                public class M {
                    @GET
                    @AllowCredentials(origins = "https://app.example.com")
                    @AllowWithoutCredentials(origins = "*")
                    public String get() { return ""; }
                }
                """);
        Compilation m = compile(onMethod);
        assertThat(m).failed();
        assertThat(m).hadErrorContaining("must not both be on M.get()").inFile(onMethod)
                .onLineContaining("@AllowWithoutCredentials(origins");
    }

    @Test
    void aMethodOfOneKindReplacesTheClassOfTheOther() throws IOException {
        Compilation c = compile(source("Mixed", """
                @Path("shop")
                @AllowWithoutCredentials(origins = "*")
                public class Mixed {
                    @GET @Path("items") public String items() { return ""; }

                    @GET @Path("cart")
                    @AllowCredentials(origins = "https://shop.example.com", isolation = Isolation.ENFORCE)
                    public String cart() { return ""; }
                }
                """));
        assertThat(c).succeededWithoutWarnings();
        String filter = generated(c, "Mixed_CordialFilter");
        assertThat(filter).contains("CORS for {@link com.example.Mixed}, from its {@code @AllowCredentials} and"
                        + " {@code @AllowWithoutCredentials} annotations.")
                .contains(".isolation(Isolation.ENFORCE)")
                .contains("case \"items()\" -> new Route(\"shop\", \"items\", CLASS_POLICY")
                .contains("case \"cart()\" -> new Route(\"shop\", \"cart\", CART_POLICY");
        String json = manifest(c, "com.example.Mixed");
        assertThat(json).contains("\"template\": \"/shop/cart\"").contains("\"isolation\": \"ENFORCE\"")
                .contains("\"credentials\": true,").contains("\"credentials\": false,");
    }

    @Test
    void anInterfaceMethodsPolicyReplacesTheImplementingClasssPolicyOfTheOtherKind() throws IOException {
        JavaFileObject api = source("Api", """
                @Path("api")
                public interface Api {
                    @GET @AllowWithoutCredentials(origins = "*") String get();
                    @PUT String put(String body);
                }
                """);
        JavaFileObject impl = source("Impl", """
                @AllowCredentials(origins = "https://app.example.com")
                public class Impl implements Api {
                    @Override public String get() { return ""; }
                    @Override public String put(String body) { return body; }
                }
                """);
        Compilation c = compile(api, impl);
        assertThat(c).succeededWithoutWarnings();
        assertThat(generated(c, "Impl_CordialFilter")).contains("case \"put(java.lang.String)\"")
                .doesNotContain("case \"get()\"");
        assertThat(generated(c, "Api_CordialFilter")).contains("case \"get()\"").contains(".withoutCredentials()");
    }

    @Test
    void theSameRouteUnderBothKindsIsAmbiguous() {
        Compilation c = compile(source("A", """
                @Path("same")
                @AllowWithoutCredentials(origins = "*")
                public class A {
                    @GET public String get() { return ""; }
                }
                """), source("B", """
                @Path("same")
                @AllowCredentials(origins = "https://app.example.com")
                public class B {
                    @GET public String get() { return ""; }
                }
                """));
        // reported at whichever the processor sees second, worded for its annotation
        assertThat(c.errors()).singleElement().satisfies(e -> assertThat(e.getMessage(null)).matches(
                "(@AllowWithoutCredentials must not give GET /same a different policy from B\\.get\\(\\)"
                        + "|@AllowCredentials must not give GET /same a different policy from A\\.get\\(\\)).*"));
    }

    @Test
    void readingCookiesUnderAPolicyWithoutCredentialsIsAWarningWhereTheyAreRead() {
        JavaFileObject r = source("Reads", """
                import jakarta.ws.rs.container.ContainerRequestContext;
                @Path("reads")
                @AllowWithoutCredentials(origins = "*")
                public class Reads {
                    @CookieParam("sid") String sessionField;
                    @Context HttpHeaders headers;

                    @GET @Path("a") public String a(@CookieParam("theme") String theme) { return theme; }
                    @GET @Path("b") public String b(@HeaderParam("Cookie") String cookie) { return cookie; }
                    @GET @Path("c") public String c() { return headers.getCookies().toString(); }
                    @GET @Path("d") public String d(@Context ContainerRequestContext request) {
                        return request.getHeaderString("cookie");
                    }
                    @GET @Path("e") public String e() { return headers.getHeaderString("Accept"); }
                    @GET @Path("f") public String f() { return headers.getHeaderString(HttpHeaders.COOKIE); }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("@AllowWithoutCredentials covers Reads.a(), which reads @CookieParam(\"theme\")"
                + ": scripts on other sites read this route without credentials").inFile(r).onLineContaining("\"theme\"");
        assertThat(c).hadWarningContaining("which reads @CookieParam(\"sid\")").inFile(r).onLineContaining("\"sid\"");
        assertThat(c).hadWarningContaining("Reads.b(), which reads @HeaderParam(\"Cookie\")").inFile(r)
                .onLineContaining("@HeaderParam(\"Cookie\")");
        assertThat(c).hadWarningContaining("Reads.c(), which reads cookies from HttpHeaders").inFile(r)
                .onLineContaining("public String c()");
        assertThat(c).hadWarningContaining("Reads.d(), which reads the Cookie header from ContainerRequestContext")
                .inFile(r).onLineContaining("public String d(");
        assertThat(c).hadWarningContaining("Reads.f(), which reads the Cookie header from HttpHeaders").inFile(r)
                .onLineContaining("public String f()");
        assertThat(c).hadWarningCount(6);
    }

    @Test
    void aStarHeaderListCoversTheHeadersAndBodiesTheCodeReadsButAuthorization() {
        JavaFileObject r = source("Api", """
                @Path("api")
                @AllowWithoutCredentials(origins = "*", allowHeaders = "*")
                public class Api {
                    @POST @Consumes("application/json")
                    public String create(@HeaderParam("X-Api-Key") String key, String body) { return body; }
                    @GET public String get(@HeaderParam("Authorization") String token) { return token; }
                }
                """);
        Compilation c = compile(r);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("@AllowWithoutCredentials does not let cross-origin scripts send"
                + " \"Authorization\", which Api.get() reads").inFile(r).onLineContaining("\"Authorization\"");
    }

    @Test
    void readingCookiesUnderCredentialsIsWhatTheyAreFor() {
        Compilation c = compile(source("Reads", """
                @Path("reads")
                @AllowCredentials(origins = "https://app.example.com")
                public class Reads {
                    @Context HttpHeaders headers;
                    @GET public String a(@CookieParam("sid") String sid) { return headers.getCookies() + sid; }
                }
                """));
        assertThat(c).succeededWithoutWarnings();
    }
}
