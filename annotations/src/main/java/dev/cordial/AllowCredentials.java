package dev.cordial;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets scripts on the listed origins read this resource's responses with the user's credentials
 * (cookies, {@code Authorization}, TLS client certificates).
 *
 * <p>A browser hands a credentialed cross-origin response to a script only when the server
 * answers {@code Access-Control-Allow-Credentials: true} and an {@code Access-Control-Allow-Origin}
 * equal to the caller's exact origin. Cordial's annotation processor checks this annotation when
 * your code compiles, so a configuration that would leak data to any origin (or that no browser
 * would accept) is a javac error at the offending value, and generates a small filter per resource
 * class that the {@code cordial-runtime} module registers on Jersey and RESTEasy with no code.
 *
 * <pre>{@code
 * @Path("orders")
 * @AllowCredentials(origins = "https://app.example.com")
 * public class OrdersResource {
 *     @GET public List<Order> list() { ... }
 *
 *     // Replaces the class-level policy for this method: no merging.
 *     @DELETE @Path("{id}")
 *     @AllowCredentials(origins = "https://admin.example.com")
 *     public void remove(@PathParam("id") long id) { ... }
 * }
 * }</pre>
 *
 * <p>Place it on a root resource class ({@code @Path}), on a {@code @Path} interface (it then
 * applies to the implementations), or on a resource method or sub-resource method. An annotation
 * on a method replaces the one on its class for that method.
 *
 * <p>Retained at run time so that {@code cordial-runtime} can tell, once per resource method at
 * startup, a covered method whose generated filter is missing (the processor did not run) and refuse
 * to start, instead of serving it unprotected. Nothing reads it per request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowCredentials {

    /**
     * Serialized origins allowed to read responses with credentials, compared byte for byte with
     * the request's {@code Origin}: {@code scheme://host[:port]}, lowercase, no default port, no
     * path and no trailing slash. {@code *} and {@code null} are compile errors: browsers never
     * accept {@code *} with credentials, and any page can send {@code Origin: null}.
     *
     * <pre>{@code
     * @AllowCredentials(origins = {"https://app.example.com", "http://localhost:5173"})
     * }</pre>
     */
    String[] origins() default {};

    /**
     * Name of a configuration key holding more origins, comma-separated, read once when the
     * application starts, from the first place that has it: the JAX-RS configuration property, the
     * platform's configuration (the Spring {@code Environment} with cordial-spring-boot), MicroProfile
     * Config (Quarkus {@code application.properties}, {@code microprofile-config.properties}), the
     * Java system property, the environment variable (upper-cased, other characters as {@code _}).
     * Set nowhere while {@code origins} lists some, it logs one warning at startup. Empty means none.
     *
     * <pre>{@code
     * @AllowCredentials(origins = "https://app.example.com", originsProperty = "cors.origins")
     * // java -Dcors.origins=https://staging.example.com ...   or   CORS_ORIGINS=... java ...
     * }</pre>
     */
    String originsProperty() default "";

    /**
     * HTTP methods scripts may use. Empty (the default) means the methods the annotated code
     * serves, read at compile time from {@code @GET}, {@code @POST}, ... and custom
     * {@code @HttpMethod} annotations.
     *
     * <pre>{@code
     * @AllowCredentials(origins = "https://app.example.com", methods = {"GET", "PUT"})
     * }</pre>
     */
    String[] methods() default {};

    /**
     * Request headers scripts may send beyond the CORS-safelisted ones, for example
     * {@code Content-Type} for a JSON body or a custom header.
     *
     * <pre>{@code
     * @AllowCredentials(origins = "https://app.example.com", allowHeaders = {"Content-Type", "X-Request-Id"})
     * }</pre>
     */
    String[] allowHeaders() default {};

    /**
     * Response headers scripts may read beyond the CORS-safelisted ones. {@code Set-Cookie} can
     * never be exposed.
     *
     * <pre>{@code
     * @AllowCredentials(origins = "https://app.example.com", exposeHeaders = {"X-Total-Count", "ETag"})
     * }</pre>
     */
    String[] exposeHeaders() default {};

    /**
     * Seconds a browser may cache a preflight answer; {@code -1} (the default) omits
     * {@code Access-Control-Max-Age}. Chromium caps it at 7200, Firefox at 86400.
     *
     * <pre>{@code
     * @AllowCredentials(origins = "https://app.example.com", maxAge = 600)
     * }</pre>
     */
    int maxAge() default -1;

    /**
     * Lets {@code origins}, and the origins {@code originsProperty} brings at startup, name
     * {@code http://} origins whose host is not loopback. Without it such an origin is a compile
     * error, and one read from {@code originsProperty} stops the application at startup: a page
     * served over http can be rewritten by anyone on the network path (public Wi-Fi, a proxy, the
     * ISP), and the injected script then reads this resource with the user's cookies. {@code http://}
     * on {@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8} and {@code [::1]} never needs it.
     *
     * <p>Set it only when cleartext is really intended, such as an intranet application with no
     * TLS; the processor still warns at each such origin, and {@code cordial:report} and the policy
     * manifest show the route as tolerating cleartext origins. Set without any cleartext origin in
     * {@code origins} and without {@code originsProperty}, it is a warning: it would change nothing.
     *
     * <pre>{@code
     * @AllowCredentials(origins = "http://wiki.intranet.example", dangerouslyAllowCleartextOrigins = true)
     * }</pre>
     */
    boolean dangerouslyAllowCleartextOrigins() default false;

    /**
     * Fetch Metadata resource isolation for the routes this annotation covers: {@link
     * Isolation#ENFORCE} answers 403, before the method runs, to cross-site loads that are neither
     * CORS requests nor top-level navigations ({@code <script src>}, {@code <img src>} on another
     * site's page), which browsers send without {@code Origin} but with the user's cookies.
     * {@link Isolation#APPLICATION} (the default) follows the application's {@code dev.cordial.isolation}.
     *
     * <pre>{@code
     * @AllowCredentials(origins = "https://app.example.com", isolation = Isolation.ENFORCE)
     * }</pre>
     */
    Isolation isolation() default Isolation.APPLICATION;
}
