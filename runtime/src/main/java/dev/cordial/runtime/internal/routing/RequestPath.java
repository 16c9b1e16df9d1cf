package dev.cordial.runtime.internal.routing;

import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The path Cordial matches against its route table, made the way Jersey and RESTEasy match: from
 * the encoded path, each segment without its matrix parameters ({@code ;v=2}) and then
 * percent-decoded, with a decoded {@code /} kept as {@code %2F} so it stays inside its segment
 * (RESTEasy serves {@code orders/a%2Fb} from {@code orders/{name}}). The one place that turns a
 * request into a routable path; everything else sees only its output.
 */
public final class RequestPath {

    private RequestPath() {}

    /**
     * The routable path of the request, relative to the application path, with a leading {@code /}:
     * {@code "/orders/7"}, {@code "/"} for the application path itself.
     */
    public static String of(UriInfo uriInfo) {
        // Not getPath(false): Quarkus REST throws "We do not support non-decoded parameters".
        String raw = uriInfo.getRequestUri().getRawPath();
        String base = uriInfo.getBaseUri().getRawPath();
        if (raw != null && base != null) {
            if (raw.startsWith(base)) {
                // The base's own trailing "/" becomes the leading one: one substring, no concatenation.
                return withSlash(normalize(raw.substring(base.endsWith("/") ? base.length() - 1 : base.length())));
            }
            if (base.endsWith("/") && raw.length() == base.length() - 1 && base.startsWith(raw)) {
                return "/";
            }
        }
        // No raw path, or a base the request does not start with: match what is decoded.
        return withSlash(normalize(uriInfo.getPath(true)));
    }

    /**
     * Where the routable path starts inside {@code raw} when {@code raw} can be matched as it is:
     * it starts with {@code base} (which ends with {@code /}, kept as the routable path's leading
     * one) and holds no matrix parameter or percent-escape to strip or decode; else {@code -1}.
     */
    public static int plainStart(String raw, String base) {
        if (raw == null || base == null || !base.endsWith("/") || !raw.startsWith(base)) {
            return -1;
        }
        for (int i = base.length(); i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ';' || c == '%') {
                return -1;
            }
        }
        return base.length() - 1;
    }

    private static String withSlash(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    /** {@code "secure;x=1/items;v=2/a%2Fb%20c"} becomes {@code "secure/items/a%2Fb c"}. */
    public static String normalize(String encoded) {
        if (encoded.indexOf(';') < 0 && encoded.indexOf('%') < 0) {
            return encoded; // the common case: nothing to strip or decode
        }
        StringBuilder out = new StringBuilder(encoded.length());
        int start = 0;
        while (start <= encoded.length()) {
            int end = encoded.indexOf('/', start);
            if (end < 0) {
                end = encoded.length();
            }
            String segment = encoded.substring(start, end);
            int matrix = segment.indexOf(';');
            if (matrix >= 0) {
                segment = segment.substring(0, matrix);
            }
            out.append(decode(segment).replace("/", "%2F"));
            if (end < encoded.length()) {
                out.append('/');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** Percent-decodes UTF-8; an invalid escape is kept as written, as no container would match it either. */
    private static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            int hi = c == '%' && i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(segment.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
