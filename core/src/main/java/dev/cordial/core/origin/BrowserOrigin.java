package dev.cordial.core.origin;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a browser makes of a string as an http or https URL: the WHATWG URL Standard's basic URL
 * parser (no base URL), its host parser and its origin serialization, for the special schemes
 * http and https only. Used to suggest a fix, so it answers only when it is sure: {@code null}
 * when the browser would refuse the string, or when the answer needs a UTS #46 mapping that
 * {@link Idna} does not carry.
 */
final class BrowserOrigin {

    private BrowserOrigin() {}

    /**
     * The parse of a URL down to its origin.
     *
     * @param origin the serialized origin, {@code scheme://host[:port]}
     * @param userinfo the username and password as written (without {@code @}), or {@code null}
     */
    record Parsed(String origin, String userinfo) {}

    /** The origin a browser gives {@code input}, or {@code null} (see the class comment). */
    static Parsed parse(String input) {
        int start = 0;
        int end = input.length();
        while (start < end && input.charAt(start) <= 0x20) {
            start++;
        }
        while (end > start && input.charAt(end - 1) <= 0x20) {
            end--;
        }
        StringBuilder url = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = input.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                url.append(c);
            }
        }
        String s = url.toString();
        int colon = s.indexOf(':');
        if (colon < 1 || !isAsciiAlpha(s.charAt(0))) {
            return null;
        }
        for (int i = 1; i < colon; i++) {
            char c = s.charAt(i);
            if (!(isAsciiAlpha(c) || c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        int authorityStart = colon + 1;
        while (authorityStart < s.length() && (s.charAt(authorityStart) == '/' || s.charAt(authorityStart) == '\\')) {
            authorityStart++;
        }
        int authorityEnd = authorityStart;
        while (authorityEnd < s.length() && "/\\?#".indexOf(s.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = s.substring(authorityStart, authorityEnd);
        int at = authority.lastIndexOf('@');
        String userinfo = at < 0 ? null : authority.substring(0, at);
        String hostAndPort = authority.substring(at + 1);
        if (hostAndPort.isEmpty()) {
            return null;
        }
        int portColon = -1;
        boolean inBrackets = false;
        for (int i = 0; i < hostAndPort.length(); i++) {
            char c = hostAndPort.charAt(i);
            if (c == '[') {
                inBrackets = true;
            } else if (c == ']') {
                inBrackets = false;
            } else if (c == ':' && !inBrackets) {
                portColon = i;
                break;
            }
        }
        String hostText = portColon < 0 ? hostAndPort : hostAndPort.substring(0, portColon);
        if (hostText.isEmpty()) {
            return null;
        }
        int port = -1;
        if (portColon >= 0) {
            String portText = hostAndPort.substring(portColon + 1);
            if (!portText.isEmpty()) {
                long value = 0;
                for (int i = 0; i < portText.length(); i++) {
                    char c = portText.charAt(i);
                    if (c < '0' || c > '9') {
                        return null;
                    }
                    value = Math.min(value * 10 + (c - '0'), 1 << 20);
                }
                if (value > 65535) {
                    return null;
                }
                port = (int) value;
            }
        }
        if (port == (scheme.equals("https") ? 443 : 80)) {
            port = -1;
        }
        String host = host(hostText);
        return host == null ? null : new Parsed(scheme + "://" + host + (port >= 0 ? ":" + port : ""), userinfo);
    }

    /** The host parser for special schemes: the serialized host, or {@code null}. */
    static String host(String input) {
        if (input.startsWith("[")) {
            if (!input.endsWith("]") || input.length() < 2) {
                return null;
            }
            String address = Ipv6.canonical(input.substring(1, input.length() - 1));
            return address == null ? null : "[" + address + "]";
        }
        String domain = percentDecode(input);
        if (domain == null) {
            return null;
        }
        String ascii = Idna.toAscii(domain);
        if (ascii == null || ascii.isEmpty()) {
            return null;
        }
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "#%/:<>?@[\\]^|".indexOf(c) >= 0) {
                return null; // forbidden domain code points
            }
        }
        if (Ipv4.endsInANumber(ascii)) {
            return Ipv4.serialize(ascii);
        }
        return ascii;
    }

    /** Percent-decoded, then UTF-8 decoded; {@code null} for bytes that are not UTF-8. */
    private static String percentDecode(String input) {
        if (input.indexOf('%') < 0) {
            return input;
        }
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int hi = i + 2 < bytes.length ? Character.digit(bytes[i + 1], 16) : -1;
            int lo = i + 2 < bytes.length ? Character.digit(bytes[i + 2], 16) : -1;
            if (bytes[i] == '%' && hi >= 0 && lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null; // a browser decodes to U+FFFD, which domain to ASCII refuses
        }
    }

    private static boolean isAsciiAlpha(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
