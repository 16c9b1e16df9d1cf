package dev.cordial.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every value rule of docs/spec/compile-time.md "Errors", one case per row. The offending value stands
 * on its own line after a {@code /*here*}{@code /} marker, and each case checks the message, the
 * file, that line, and the exact error and warning counts.
 */
class ValidationTest {

    /** A resource serving GET and POST (text/plain) whose class carries the annotation under test. */
    static JavaFileObject resource(String attributes) {
        return JavaFileObjects.forSourceString("com.example.R", """
                package com.example;
                import dev.cordial.AllowCredentials;
                import jakarta.ws.rs.*;

                @Path("r")
                @AllowCredentials(
                        %s)
                public class R {
                    @GET public String get() { return ""; }
                    @POST @Consumes("text/plain") public String post(String body) { return body; }
                }
                """.formatted(attributes));
    }

    static Compilation compile(JavaFileObject source) {
        return Compilers.cordial().compile(source);
    }

    /** A Java string literal for {@code value}, escaping what javac would not read as-is. */
    static String literal(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static void assertOneError(String attributes, String message) {
        JavaFileObject source = resource(attributes);
        Compilation c = compile(source);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadWarningCount(0);
        assertThat(c).hadErrorContaining(message).inFile(source).onLineContaining("/*here*/");
    }

    private static void assertOneWarning(String attributes, String message) {
        JavaFileObject source = resource(attributes);
        Compilation c = compile(source);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining(message).inFile(source).onLineContaining("/*here*/");
    }

    private static String origins(String bad) {
        return "origins = {\"https://ok.example.com\",\n/*here*/ " + literal(bad) + "}";
    }

    @ParameterizedTest(name = "origin {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "*|must not be \"*\"",
            "null|must not be \"null\"",
            "NULL|must not be \"null\"",
            "Null|must not be \"null\"",
            "''|must not be empty",
            "'https://a.example.com,https://b.example.com'|must be a single origin: put one origin in each array element, {\"https://a.example.com\", \"https://b.example.com\"}",
            "'https://a.example.com, https://b.example.com'|must be a single origin: put one origin in each array element",
            "https://app.example.com/|must not have a path, query, fragment or trailing slash: browsers send only scheme://host[:port]; did you mean \"https://app.example.com\"?",
            "https://app.example.com/api|did you mean \"https://app.example.com\"?",
            "https://app.example.com?x=1|must not have a path, query, fragment",
            "https://app.example.com#top|must not have a path, query, fragment",
            "https://app.example.com:8443/|did you mean \"https://app.example.com:8443\"?",
            "https://user@app.example.com|must not contain userinfo (user@): browsers never send it in Origin; did you mean \"https://app.example.com\"?",
            "https://user:secret@app.example.com|must not contain userinfo",
            "https://app.example.com@evil.example|must not contain userinfo (user@): browsers never send it in Origin",
            "app.example.com|must start with a scheme, \"https://\" or \"http://\": an origin is scheme://host[:port]; did you mean \"https://app.example.com\"?",
            "//app.example.com|must start with a scheme",
            "https:/app.example.com|must start with a scheme",
            "ftp://app.example.com|must use the scheme https or http, not \"ftp\"",
            "wss://app.example.com|must use the scheme https or http",
            "chrome-extension://abcdef|must use the scheme https or http",
            "HTTPS://app.example.com|must spell the scheme in lowercase: browsers send \"https://\" and the comparison is byte for byte; did you mean \"https://app.example.com\"?",
            "Https://App.Example.Com|did you mean \"https://app.example.com\"?",
            "https://APP.example.com|must spell the host in lowercase: browsers send it lowercase and the comparison is byte for byte; did you mean \"https://app.example.com\"?",
            "https://app.example.com:443|must not name the default port 443 of https: browsers omit it from Origin; did you mean \"https://app.example.com\"?",
            "http://localhost:80|must not name the default port 80 of http: browsers omit it from Origin; did you mean \"http://localhost\"?",
            "https://app.example.com:0|must have a port from 1 to 65535, not 0",
            "https://app.example.com:65536|must have a port from 1 to 65535, not 65536",
            "https://app.example.com:99999999999|must have a port from 1 to 65535",
            "https://app.example.com:08443|must not write the port with leading zeros: browsers send \"8443\"; did you mean \"https://app.example.com:8443\"?",
            "https://app.example.com:00443|did you mean \"https://app.example.com\"?",
            "https://app.example.com:|must have a port of digits only, 1 to 65535; did you mean \"https://app.example.com\"?",
            "https://app.example.com:-1|must have a port of digits only",
            "https://app.example.com:+80|must have a port of digits only",
            "' https://app.example.com'|must not contain whitespace or control characters: browsers never send them in Origin; did you mean \"https://app.example.com\"?",
            "'https://app.example.com '|must not contain whitespace or control characters",
            "https://app .example.com|must not contain whitespace or control characters",
            "https://bücher.example|must spell the host in ASCII (punycode for internationalized names): browsers send \"xn--\" labels; did you mean \"https://xn--bcher-kva.example\"?",
            "https://ａｐｐ.example.com|did you mean \"https://app.example.com\"?",
            "https://app.example.com.|must not end the host with a dot: \"app.example.com.\" is a different origin from \"app.example.com\"",
            "http://shop.test.:8080|must not end the host with a dot: \"shop.test.\" is a different origin from \"shop.test\"",
            "https://app..example.com|must not have an empty label",
            "https://app$1.example.com|must use only letters, digits, \"-\", \"_\" and \".\" in the host, not '$'",
            "https://ex%61mple.com|must not percent-encode the host: browsers decode it and send the decoded host; did you mean \"https://example.com\"?",
            "https://xn--zz.example.com|must use \"xn--\" labels that browsers accept",
            "https://xn--abc-.example.com|must use \"xn--\" labels that browsers accept",
            "https://localhost\\\\@evil.example|so everything after it is a path and the host is what comes before it; did you mean \"https://localhost\"?",
            "https://faß.ExAmPlE/|did you mean \"https://xn--fa-hia.example\"?",
            "https:app.example.com|did you mean \"https://app.example.com\"?",
            "http://127.1|must write an IPv4 address as four decimal numbers 0-255 without leading zeros, as browsers do; did you mean \"http://127.0.0.1\"?",
            "http://127.0.0.01|must write an IPv4 address as four decimal numbers",
            "http://256.0.0.1|must be a valid IPv4 address",
            "http://1.2.3.0x100|must be a valid IPv4 address",
            "http://0x7f.0.0.1|must write an IPv4 address",
            "http://[::1|must close the IPv6 address with \"]\"",
            "http://[0:0:0:0:0:0:0:1]|must write the IPv6 address as browsers serialize it: \"[::1]\"; did you mean \"http://[::1]\"?",
            "http://[::FFFF:1]|did you mean \"http://[::ffff:1]\"?",
            "http://[1:2:3:4:5:6:7:8:9]|must be a valid IPv6 address",
            "http://[fe80::1%25eth0]|must be a valid IPv6 address",
            "http://[::1.]|must be a valid IPv6 address",
            "http://[::ffff:1.2.3.4]|did you mean \"http://[::ffff:102:304]\"?",
            "https://*|must use \"*\" only as the whole leftmost label of a subdomain pattern",
            "https://*example.com|must use \"*\" only as the whole leftmost label",
            "https://a.*.example.com|must use \"*\" only as the whole leftmost label",
            "https://**.example.com|must use \"*\" only as the whole leftmost label",
            "https://*.*.example.com|must use \"*\" only as the whole leftmost label",
            "*.example.com|must start with a scheme: a subdomain pattern is scheme://*.domain[:port], and \"*\" is never an origin by itself; did you mean \"https://*.example.com\"?",
            "https://*.com|must not use a public suffix (\"com\" is on the Public Suffix List)",
            "https://*.co.uk|must not use a public suffix (\"co.uk\" is on the Public Suffix List)",
            "https://*.kin|must not use a public suffix (\"kin\" is a single label, a public suffix by the Public Suffix List's implicit \"*\" rule)",
            "http://*.alocalhost:3000|(\"alocalhost\" is a single label, a public suffix by the Public Suffix List's implicit",
            "https://*.github.io|must not use a public suffix (\"github.io\"",
            "https://*.ck|must not use a public suffix",
            "https://*.example.ck|must not use a public suffix (\"example.ck\"",
            "https://*.example.com/|must not have a path, query, fragment or trailing slash: browsers send only scheme://host[:port]; did you mean \"https://*.example.com\"?",
            "https://*.example.com:443|did you mean \"https://*.example.com\"?",
            "https://*.EXAMPLE.com|did you mean \"https://*.example.com\"?",
            "https://*.127.0.0.1|must use a domain name, not an IP address, in a subdomain pattern",
    })
    void invalidOrigin(String origin, String message) {
        assertOneError(origins(origin), message);
    }

    @ParameterizedTest(name = "origin {0}")
    @ValueSource(strings = {"https://app.example.com", "http://localhost:5173", "http://localhost", "http://127.0.0.1:8080",
            "http://127.255.255.254", "http://[::1]:3000", "https://[2001:db8::1]", "https://xn--bcher-kva.example",
            "https://*.example.com", "https://*.example.co.uk", "https://*.preview.example.com:8443",
            "https://app.example.com:65535", "https://a-b.example.com:1", "http://app.localhost:8080", "https://*.www.ck",
            "https://10.0.0.1",
            // What browsers send and the DNS resolves, accepted since issue 21: IDNA2008 labels
            // (faß.de, an emoji), underscores, hyphens at either end, a last label that is not a number.
            "https://xn--fa-hia.de", "https://xn--ls8h.la", "https://xn--53h", "https://ex_am-ple.com:3999",
            "https://-app.example.com", "https://app-.example.com", "https://0a", "https://a.1b",
            "https://*.xn--fa-hia.de"})
    void validOriginCompilesWithoutWarnings(String origin) {
        Compilation c = compile(resource("origins = " + literal(origin)));
        assertThat(c).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "origin {0}")
    @ValueSource(strings = {"http://app.example.com", "http://*.example.com", "http://10.0.0.1:8080",
            "http://[2001:db8::1]"})
    void cleartextOriginIsAnErrorSayingWhyAndTheFix(String origin) {
        assertOneError(origins(origin), "@AllowCredentials origins entry \"" + origin + "\" must use https: any network"
                + " attacker who can rewrite that page over http (public Wi-Fi, a proxy, anyone on the path) runs script in"
                + " it that reads the user's data with their cookies (http is fine only for localhost, *.localhost,"
                + " 127.0.0.0/8 and [::1]); use https://, or, if cleartext is really intended (an intranet with no TLS),"
                + " set dangerouslyAllowCleartextOrigins = true");
    }

    @ParameterizedTest(name = "origin {0}")
    @ValueSource(strings = {"http://app.example.com", "http://*.example.com", "http://10.0.0.1:8080"})
    void theOptOutTurnsACleartextOriginIntoAWarningAtTheValue(String origin) {
        assertOneWarning("dangerouslyAllowCleartextOrigins = true,\n" + origins(origin),
                "origins entry \"" + origin + "\" is cleartext, allowed only by dangerouslyAllowCleartextOrigins");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "origins = \"https://a.example.com\",\n/*here*/ dangerouslyAllowCleartextOrigins = true",
            "origins = {\"https://a.example.com\", \"http://localhost:5173\", \"http://*.localhost\"},\n"
                    + "/*here*/ dangerouslyAllowCleartextOrigins = true",
    })
    void theOptOutWithNothingToAllowIsAWarning(String attributes) {
        assertOneWarning(attributes, "dangerouslyAllowCleartextOrigins has no effect: origins has no http:// origin"
                + " outside loopback and there is no originsProperty that could bring one; remove it");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "origins = \"https://a.example.com\", originsProperty = \"cors.origins\", dangerouslyAllowCleartextOrigins = true",
            "originsProperty = \"cors.origins\", dangerouslyAllowCleartextOrigins = true",
            "origins = \"https://a.example.com\", dangerouslyAllowCleartextOrigins = false",
    })
    void theOptOutWithAPropertyOrSetFalseSaysNothing(String attributes) {
        assertThat(compile(resource(attributes))).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "methods {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "*|methods must not contain \"*\"",
            "TRACE|methods must not contain \"TRACE\": CONNECT, TRACE and TRACK are forbidden methods",
            "connect|methods must not contain \"connect\"",
            "Track|methods must not contain \"Track\"",
            "patch|methods entry \"patch\" must be spelled \"PATCH\"",
            "Get|methods entry \"Get\" must be spelled \"GET\"",
            "delete|did you mean \"DELETE\"?",
            "GE T|methods entry \"GE T\" must be an HTTP token (RFC 9110)",
            "'GET,POST'|methods entry \"GET,POST\" must be an HTTP token",
            "''|methods entry \"\" must be an HTTP token",
            "GET\\u00e9|must be an HTTP token",
    })
    void invalidMethod(String method, String message) {
        assertOneError("origins = \"https://app.example.com\",\nmethods = {\"GET\",\n/*here*/ \""
                + method.replace("\\\\", "\\") + "\"}", message);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "allowHeaders|*|allowHeaders must not contain \"*\"",
            "allowHeaders|X Request|allowHeaders entry \"X Request\" must be an HTTP token",
            "allowHeaders|X-A:|must be an HTTP token",
            "allowHeaders|''|must be an HTTP token",
            "allowHeaders|'X-A, X-B'|must be an HTTP token",
            "exposeHeaders|*|exposeHeaders must not contain \"*\"",
            "exposeHeaders|Set-Cookie|exposeHeaders must not contain \"Set-Cookie\"",
            "exposeHeaders|set-cookie2|exposeHeaders must not contain \"set-cookie2\"",
            "exposeHeaders|X Total|exposeHeaders entry \"X Total\" must be an HTTP token",
            "allowHeaders|Origin|allowHeaders must not contain \"Origin\": Origin and the Access-Control-* headers",
            "allowHeaders|Access-Control-Request-Headers|allowHeaders must not contain \"Access-Control-Request-Headers\"",
            "allowHeaders|access-control-allow-origin|allowHeaders must not contain \"access-control-allow-origin\"",
            "exposeHeaders|Access-Control-Allow-Origin|exposeHeaders must not contain \"Access-Control-Allow-Origin\": the CORS response headers are Cordial's",
            "exposeHeaders|access-control-allow-credentials|exposeHeaders must not contain \"access-control-allow-credentials\"",
            "exposeHeaders|Origin|exposeHeaders must not contain \"Origin\"",
    })
    void invalidHeader(String attribute, String header, String message) {
        assertOneError("origins = \"https://app.example.com\",\n" + attribute + " = {\"X-Ok\",\n/*here*/ "
                + literal(header) + "}", message);
    }

    @ParameterizedTest(name = "maxAge {0}")
    @ValueSource(ints = {-2, -100, Integer.MIN_VALUE})
    void maxAgeBelowMinusOne(int maxAge) {
        assertOneError("origins = \"https://app.example.com\",\n/*here*/ maxAge = " + maxAge, "maxAge must be -1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'origins = {\"https://a.example.com\",\n/*here*/ \"https://a.example.com\"}'|origins lists \"https://a.example.com\" more than once",
            "'origins = \"https://a.example.com\", methods = {\"GET\",\n/*here*/ \"GET\"}'|methods lists \"GET\" more than once",
            "'origins = \"https://a.example.com\", allowHeaders = {\"X-Id\",\n/*here*/ \"x-id\"}'|allowHeaders lists \"x-id\" more than once (header names ignore case)",
            "'origins = \"https://a.example.com\", exposeHeaders = {\"ETag\",\n/*here*/ \"etag\"}'|exposeHeaders lists \"etag\" more than once",
            "'origins = \"https://a.example.com\", methods = {\"GET\",\n/*here*/ \"DELETE\"}'|methods names \"DELETE\", which the annotated code does not serve (it serves GET, POST)",
            "'origins = \"https://a.example.com\", methods = {\"GET\",\n/*here*/ \"PATCH\"}'|methods names \"PATCH\", which the annotated code does not serve",
            "'origins = \"https://a.example.com\", allowHeaders = {\"X-Id\",\n/*here*/ \"Cookie\"}'|allowHeaders entry \"Cookie\" is a forbidden request header",
            "'origins = \"https://a.example.com\", allowHeaders = {\"X-Id\",\n/*here*/ \"Sec-Fetch-Mode\"}'|is a forbidden request header",
            "'origins = \"https://a.example.com\", allowHeaders = {\"X-Id\",\n/*here*/ \"Proxy-Authorization\"}'|is a forbidden request header",
            "'origins = \"https://a.example.com\", allowHeaders = {\"X-Id\",\n/*here*/ \"content-length\"}'|is a forbidden request header",
            "'origins = \"https://a.example.com\", exposeHeaders = {\"ETag\",\n/*here*/ \"Content-Type\"}'|exposeHeaders entry \"Content-Type\" is a CORS-safelisted response header",
            "'origins = \"https://a.example.com\", exposeHeaders = {\"ETag\",\n/*here*/ \"cache-control\"}'|is a CORS-safelisted response header",
            "'origins = \"https://a.example.com\",\n/*here*/ maxAge = 7201'|maxAge 7201 is above Chromium's cap of 7200 seconds",
            "'origins = \"https://a.example.com\",\n/*here*/ maxAge = 86401'|maxAge 86401 is above Firefox's cap of 86400 seconds and Chromium's of 7200",
    })
    void warning(String attributes, String message) {
        assertOneWarning(attributes, message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "origins = \"https://a.example.com\", methods = {\"GET\", \"HEAD\", \"OPTIONS\", \"POST\"}",
            "origins = \"https://a.example.com\", allowHeaders = {\"Content-Type\", \"Authorization\", \"X-Request-Id\"}",
            "origins = \"https://a.example.com\", exposeHeaders = {\"ETag\", \"X-Total-Count\", \"Location\"}",
            "origins = \"https://a.example.com\", maxAge = 7200",
            "origins = \"https://a.example.com\", maxAge = 0",
            "origins = {}, originsProperty = \"cors.origins\"",
            "originsProperty = \"cors.origins\"",
    })
    void validAttributesCompileWithoutWarnings(String attributes) {
        assertThat(compile(resource(attributes))).succeededWithoutWarnings();
    }

    /**
     * Values that once crashed the processor (a StackOverflowError on a non-ASCII port, a
     * NumberFormatException on a bracketed host that is no address): each is one error at the
     * value, never an uncaught exception (issue 21).
     */
    @ParameterizedTest
    @ValueSource(strings = {"https://app.example.com:8443\u200b", "https://app.example.com:\uff18\uff14\uff14\uff13",
            "http://[::1.]", "http://[1q:]", "https://[0:.0]"})
    void valuesThatOnceCrashedTheProcessorAreErrorsAtTheValue(String origin) {
        JavaFileObject source = resource("origins =\n/*here*/ " + literal(origin));
        Compilation c = compile(source);
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("@AllowCredentials origins entry").inFile(source).onLineContaining("/*here*/");
    }
}
