package dev.cordial.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What the processor accepts and generates, and the errors issue 2 requires before full
 * validation: {@code *} and {@code null} origins, a policy with no origin, placement, and never
 * crashing. Every negative case checks the message, the file, the line and the error count.
 */
class ProcessorTest {

    private static final String IMPORTS = """
            package com.example;
            import dev.cordial.AllowCredentials;
            import jakarta.ws.rs.*;
            """;

    private static JavaFileObject source(String name, String body) {
        return JavaFileObjects.forSourceString("com.example." + name, IMPORTS + body);
    }

    private static String generated(Compilation c, String qualifiedName) {
        try {
            return c.generatedSourceFile(qualifiedName).orElseThrow().getCharContent(false).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Compilers.cordial().compile(sources);
    }

    @Test
    void validResourceCompilesWithoutWarningsAndGetsAFilter() {
        JavaFileObject orders = source("Orders", """
                @Path("orders")
                @AllowCredentials(origins = "https://app.example.com")
                public class Orders {
                    @GET public String list() { return ""; }
                }
                """);
        Compilation c = compile(orders);
        assertThat(c).succeededWithoutWarnings();
        assertThat(generated(c, "com.example.Orders_CordialFilter"))
                .contains("case \"list()\" -> new Route(\"orders\", \"\", CLASS_POLICY, \"GET\");");
    }

    @Test
    void starOriginIsAnErrorAtThatArrayElement() {
        JavaFileObject orders = source("Orders", """
                @Path("orders")
                @AllowCredentials(origins = {
                        "https://app.example.com",
                        "*"})
                public class Orders {
                    @GET public String list() { return ""; }
                }
                """);
        Compilation c = compile(orders);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("@AllowCredentials origins entry \"*\" must not be \"*\"")
                .inFile(orders).onLineContaining("\"*\"})");
    }

    @Test
    void nullOriginIsAnErrorInAnyCase() {
        JavaFileObject orders = source("Orders", """
                @Path("orders")
                @AllowCredentials(origins = {
                        "null",
                        "NuLL"})
                public class Orders {
                    @GET public String list() { return ""; }
                }
                """);
        Compilation c = compile(orders);
        assertThat(c).hadErrorCount(2);
        assertThat(c).hadErrorContaining("entry \"null\" must not be \"null\"").inFile(orders).onLineContaining("\"null\",");
        assertThat(c).hadErrorContaining("entry \"NuLL\" must not be \"null\"").inFile(orders).onLineContaining("\"NuLL\"");
    }

    @Test
    void trailingSlashSuggestsTheCanonicalOrigin() {
        JavaFileObject orders = source("Orders", """
                @Path("orders")
                @AllowCredentials(origins = "https://app.example.com/")
                public class Orders {
                    @GET public String list() { return ""; }
                }
                """);
        Compilation c = compile(orders);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("did you mean \"https://app.example.com\"?")
                .inFile(orders).onLineContaining("origins = \"https://app.example.com/\"");
    }

    @Test
    void policyWithoutAnyOriginIsAnError() {
        JavaFileObject orders = source("Orders", """
                @Path("orders")
                public class Orders {
                    @GET
                    @AllowCredentials
                    public String list() { return ""; }
                }
                """);
        Compilation c = compile(orders);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("must name at least one origin").inFile(orders).onLineContaining("@AllowCredentials");
    }

    @Test
    void maxAgeBelowMinusOneIsAnError() {
        JavaFileObject orders = source("Orders", """
                @Path("orders")
                @AllowCredentials(origins = "https://app.example.com",
                        maxAge = -2)
                public class Orders {
                    @GET public String list() { return ""; }
                }
                """);
        Compilation c = compile(orders);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("maxAge must be -1").inFile(orders).onLineContaining("maxAge = -2");
    }

    @Test
    void classWithoutPathIsAnError() {
        JavaFileObject helper = source("Helper", """
                @AllowCredentials(origins = "https://app.example.com")
                public class Helper {
                    @GET public String list() { return ""; }
                }
                """);
        Compilation c = compile(helper);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("must be on a @Path resource class or a @Path interface, and com.example.Helper")
                .inFile(helper).onLineContaining("@AllowCredentials");
    }

    @Test
    void methodThatIsNoResourceMethodIsAnError() {
        JavaFileObject orders = source("Orders", """
                @Path("orders")
                public class Orders {
                    @AllowCredentials(origins = "https://app.example.com")
                    public String helper() { return ""; }
                }
                """);
        Compilation c = compile(orders);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("must be on a resource method").inFile(orders).onLineContaining("@AllowCredentials");
    }

    @Test
    void subResourceLocatorIsRejected() {
        JavaFileObject orders = source("Orders", """
                @Path("orders")
                public class Orders {
                    @Path("items")
                    @AllowCredentials(origins = "https://app.example.com")
                    public Object items() { return new Object(); }
                }
                """);
        Compilation c = compile(orders);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("is not supported on the sub-resource locator Orders.items()")
                .inFile(orders).onLineContaining("@AllowCredentials");
    }

    @Test
    void brokenResourceGetsNoFilterWhileOthersDo() {
        JavaFileObject bad = source("Bad", """
                @Path("bad")
                @AllowCredentials(origins = "*")
                public class Bad {
                    @GET public String get() { return ""; }
                }
                """);
        JavaFileObject good = source("Good", """
                @Path("good")
                @AllowCredentials(origins = "https://app.example.com")
                public class Good {
                    @GET public String get() { return ""; }
                }
                """);
        Compilation c = compile(bad, good);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("must not be \"*\"").inFile(bad).onLineContaining("origins = \"*\"");
        // compile-testing hides the generated files of a failed compilation: ask javac directly.
        assertThat(GeneratedNames.of(bad, good)).containsExactly("com.example.Good_CordialFilter");
    }

    @Test
    void defaultMethodsAreTheServedOnesIncludingCustomHttpMethods() {
        JavaFileObject patch = JavaFileObjects.forSourceString("com.example.PATCH", """
                package com.example;
                import java.lang.annotation.*;
                import jakarta.ws.rs.HttpMethod;
                @Target(ElementType.METHOD) @Retention(RetentionPolicy.RUNTIME) @HttpMethod("PATCH")
                public @interface PATCH {}
                """);
        JavaFileObject orders = source("Orders", """
                @Path("orders")
                @AllowCredentials(origins = "https://app.example.com")
                public class Orders {
                    @GET public String list() { return ""; }
                    @PATCH public String patch(String body) { return ""; }
                    @PUT @Path("{id}")
                    @AllowCredentials(origins = "https://admin.example.com")
                    public String put(String body) { return ""; }
                }
                """);
        Compilation c = compile(patch, orders);
        assertThat(c).succeededWithoutWarnings();
        assertThat(generated(c, "com.example.Orders_CordialFilter"))
                .contains(".methods(\"GET\", \"PATCH\")")
                .contains(".methods(\"PUT\")");
    }

    @Test
    void nestedResourceAndPathInterfaceGetFiltersNamedAsTheRuntimeExpects() {
        JavaFileObject api = source("Api", """
                public class Api {
                    @Path("profile")
                    @AllowCredentials(origins = "https://app.example.com")
                    public interface Profile {
                        @GET String get();
                    }
                }
                """);
        Compilation c = compile(api);
        assertThat(c).succeededWithoutWarnings();
        assertThat(generated(c, "com.example.Api_Profile_CordialFilter"))
                .contains("case \"get()\" -> new Route(\"profile\", \"\", CLASS_POLICY, \"GET\");");
    }

    @Test
    void neverCrashesOnBrokenOrUnusualSources() {
        JavaFileObject broken = source("Broken", """
                @Path("broken")
                @AllowCredentials(origins = UNDEFINED_CONSTANT, maxAge = "sixty")
                public class Broken extends MissingBase implements MissingApi {
                    @GET public MissingType get(@PathParam("x") Unknown x) { return null; }
                    @AllowCredentials(origins = {}) @GET @Path("{x}") public void empty() {}
                }
                """);
        JavaFileObject unusual = source("Unusual", """
                @Path("unusual")
                @AllowCredentials(origins = "https://app.example.com")
                public interface Unusual<T> {
                    @POST <U extends T> U generic(U[] values, java.util.List<? super T> more, int... rest);
                    static void helper() {}
                    enum Kind { A }
                }
                """);
        JavaFileObject kinds = source("Kinds", """
                public class Kinds {
                    @Path("e") @AllowCredentials(origins = "https://app.example.com")
                    public enum E { A; @GET public String get() { return ""; } }
                    @Path("r") @AllowCredentials(origins = "https://app.example.com")
                    public record R(String x) { @GET public String get() { return x; } }
                    @AllowCredentials(origins = "https://app.example.com")
                    public @interface A {}
                    void local() {
                        @Path("l") @AllowCredentials(origins = "https://app.example.com")
                        class Local { @GET public String get() { return ""; } }
                        Object anon = new Object() {
                            @GET @AllowCredentials(origins = "https://app.example.com") public String get() { return ""; }
                        };
                    }
                    @AllowCredentials(origins = "https://app.example.com") Kinds() {}
                }
                """);
        Compilation c = compile(broken, unusual, kinds);
        assertThat(c).failed();
        for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
            assertThat(d.getMessage(null)).doesNotContain("Cordial's processor failed").doesNotContain("Exception");
        }
    }

    @Test
    void unusualButValidSignaturesGetErasedBinaryKeys() {
        JavaFileObject unusual = source("Unusual", """
                @Path("unusual")
                @AllowCredentials(origins = "https://app.example.com")
                public interface Unusual<T> {
                    @POST <U extends T> U generic(U[] values, java.util.Map.Entry<String, T> entry, int... rest);
                }
                """);
        Compilation c = compile(unusual);
        assertThat(c).succeededWithoutWarnings();
        assertThat(generated(c, "com.example.Unusual_CordialFilter"))
                .contains("\"generic(java.lang.Object[],java.util.Map$Entry,int[])\"");
    }

    @Test
    void methodLevelPolicyOnANestedTypeParameterGetsAFilter() {
        // The binary key holds a '$': written into the policy's Javadoc, it once broke the code writer.
        JavaFileObject nested = source("Nested", """
                @Path("nested")
                public class Nested {
                    @DELETE @AllowCredentials(origins = "https://admin.example.com")
                    public void remove(java.util.Map.Entry<String, Long> entry) {}
                }
                """);
        Compilation c = compile(nested);
        assertThat(c).succeededWithoutWarnings();
        assertThat(generated(c, "com.example.Nested_CordialFilter"))
                .contains("{@code @AllowCredentials} on {@code remove(java.util.Map$Entry)}.")
                .contains("case \"remove(java.util.Map$Entry)\" -> new Route(\"nested\", \"\", REMOVE_POLICY, \"DELETE\");");
    }
}
