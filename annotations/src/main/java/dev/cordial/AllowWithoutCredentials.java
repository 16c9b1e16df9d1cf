package dev.cordial;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets scripts on the listed origins, or on any origin, read this resource's responses
 * <em>without</em> the user's credentials: public data (a catalogue, a status page) and APIs whose
 * scripts send a token themselves ({@code Authorization: Bearer ...}, which fetch does not count as
 * credentials). The counterpart of {@link AllowCredentials}, in the same application, checked by
 * the same processor.
 *
 * <p>Cordial answers {@code Access-Control-Allow-Origin: *} (or the caller's origin, when the
 * policy lists origins) and never {@code Access-Control-Allow-Credentials}, so a browser refuses the
 * response to a script that fetched it with {@code credentials: 'include'}: a listed site cannot
 * ride the user's session through a public route.
 *
 * <pre>{@code
 * @Path("catalogue")
 * @AllowWithoutCredentials(origins = "*")
 * public class CatalogueResource { @GET public List<Item> list() { ... } }
 *
 * @Path("api/v1")
 * @AllowWithoutCredentials(origins = "*", allowHeaders = {"Authorization", "Content-Type"})
 * public class TokenApi { ... }
 * }</pre>
 *
 * <p>Placed as {@code @AllowCredentials} is (a root resource class, a {@code @Path} interface, a
 * resource method), and an annotation on a method replaces the one on its class, whichever of the
 * two each is. The two on one class, or on one method, are a compile error. Reading what only
 * credentials bring ({@code @CookieParam}, {@code @HeaderParam("Cookie")}, cookies from
 * {@code HttpHeaders}) in a method this annotation covers is a compile warning: browsers send no
 * cookies with such a request when the script asks for {@code credentials: 'omit'}, and a page that
 * sends them cannot read the answer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowWithoutCredentials {

    /**
     * {@code "*"} alone, for any origin; or serialized origins and {@code scheme://*.domain[:port]}
     * patterns, compared byte for byte with the request's {@code Origin}, exactly as for
     * {@link AllowCredentials#origins()}. {@code null} is a compile error. {@code http://} origins
     * need no opt-out here: no credentials ride on these requests.
     */
    String[] origins() default {};

    /**
     * A configuration key with more origins, read at startup from the places and in the order
     * {@link AllowCredentials#originsProperty()} documents. Not with {@code origins = "*"}.
     */
    String originsProperty() default "";

    /** HTTP methods scripts may use; empty (the default) means the methods the annotated code serves. */
    String[] methods() default {};

    /**
     * Request headers scripts may send beyond the CORS-safelisted ones. {@code "*"} allows any
     * header name except {@code Authorization}, which browsers never let a wildcard cover: a
     * bearer-token API names it.
     *
     * <pre>{@code
     * @AllowWithoutCredentials(origins = "*", allowHeaders = {"Authorization", "Content-Type"})
     * }</pre>
     */
    String[] allowHeaders() default {};

    /**
     * Response headers scripts may read beyond the CORS-safelisted ones; {@code "*"} exposes every
     * header but {@code Set-Cookie}, which browsers never expose.
     */
    String[] exposeHeaders() default {};

    /** Seconds a browser may cache a preflight answer; {@code -1} (the default) omits {@code Access-Control-Max-Age}. */
    int maxAge() default -1;

    /**
     * Fetch Metadata resource isolation for the routes this annotation covers; see {@link Isolation}.
     * {@link Isolation#APPLICATION} (the default) follows the application's {@code dev.cordial.isolation}.
     */
    Isolation isolation() default Isolation.APPLICATION;
}
