package dev.cordial.it.app;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The hostile-origin corpus: 90 ways to dress an attacker's origin up as an allowed one, each a
 * function of the origin it imitates, so the same attack is aimed at every policy shape. None of
 * them is a serialized origin the shape allows; every one must be refused.
 */
public final class HostileOrigins {

    /** What an attack imitates: the scheme, host and port suffix ("" or ":5173") of an allowed origin. */
    public record Target(String scheme, String host, String port) {
        String origin() {
            return scheme + "://" + host + port;
        }

        String otherScheme() {
            return scheme.equals("https") ? "http" : "https";
        }
    }

    /** One attack: its class (for the report) and the value it sends as {@code Origin}. */
    public record Attack(String kind, String name, Function<Target, String> value) {}

    private static final List<Attack> ATTACKS = new ArrayList<>();

    private static void add(String kind, String name, Function<Target, String> value) {
        ATTACKS.add(new Attack(kind, name, value));
    }

    static {
        add("prefix/suffix", "evil prefix", t -> t.scheme() + "://evil" + t.host() + t.port());
        add("prefix/suffix", "evil- prefix", t -> t.scheme() + "://evil-" + t.host() + t.port());
        add("prefix/suffix", "evil domain suffix", t -> t.scheme() + "://" + t.host() + ".evil.net" + t.port());
        add("prefix/suffix", "suffix without dot", t -> t.scheme() + "://" + t.host() + "evil.net" + t.port());
        add("prefix/suffix", "dash suffix", t -> t.scheme() + "://" + t.host() + "-evil.net" + t.port());
        add("prefix/suffix", "suffix after port", t -> t.origin() + ".evil.net");
        add("prefix/suffix", "in path", t -> t.scheme() + "://evil.net/" + t.host() + t.port());
        add("prefix/suffix", "in query", t -> t.scheme() + "://evil.net?" + t.host() + t.port());
        add("prefix/suffix", "in fragment", t -> t.scheme() + "://evil.net#" + t.host() + t.port());
        add("prefix/suffix", "trailing slash", t -> t.origin() + "/");
        add("prefix/suffix", "path", t -> t.origin() + "/evil");
        add("prefix/suffix", "query", t -> t.origin() + "?x=1");
        add("prefix/suffix", "fragment", t -> t.origin() + "#x");
        add("prefix/suffix", "dot after origin", t -> t.origin() + ".");
        add("prefix/suffix", "trailing dot host", t -> t.scheme() + "://" + t.host() + "." + t.port());
        add("prefix/suffix", "double dot", t -> t.origin() + "..");
        add("prefix/suffix", "substring", t -> t.scheme() + "://" + t.host().substring(1) + t.port());
        add("prefix/suffix", "truncated", t -> t.origin().substring(0, t.origin().length() - 1));
        add("unescaped dot", "dot as x", t -> t.scheme() + "://" + firstDot(t.host(), "x") + t.port());
        add("unescaped dot", "dot as dash", t -> t.scheme() + "://" + firstDot(t.host(), "-") + t.port());
        add("unescaped dot", "dot removed", t -> t.scheme() + "://" + firstDot(t.host(), "") + t.port());
        add("unescaped dot", "last dot as x", t -> t.scheme() + "://" + replaceLast(t.host(), '.', 'x') + t.port());
        add("userinfo", "origin as userinfo", t -> t.origin() + "@evil.net");
        add("userinfo", "evil userinfo", t -> t.scheme() + "://evil.net@" + t.host() + t.port());
        add("userinfo", "user and password", t -> t.scheme() + "://user:pass@" + t.host() + t.port());
        add("userinfo", "encoded at", t -> t.scheme() + "://" + t.host() + "%40evil.net" + t.port());
        add("userinfo", "host then at", t -> t.scheme() + "://" + t.host() + "@evil.net" + t.port());
        add("parser quirks", "backtick", t -> t.scheme() + "://" + t.host() + "`.evil.net" + t.port());
        add("parser quirks", "underscore", t -> t.scheme() + "://" + t.host() + "_.evil.net" + t.port());
        add("parser quirks", "leading backtick", t -> t.scheme() + "://evil.net`" + t.host() + t.port());
        add("parser quirks", "dollar", t -> t.scheme() + "://" + t.host() + "$.evil.net" + t.port());
        add("parser quirks", "encoded backtick", t -> t.scheme() + "://" + t.host() + "%60.evil.net" + t.port());
        add("parser quirks", "exclamation", t -> t.scheme() + "://" + t.host() + "!.evil.net" + t.port());
        add("parser quirks", "backslash", t -> t.scheme() + "://" + t.host() + "\\.evil.net" + t.port());
        add("parser quirks", "backslash at", t -> t.scheme() + "://evil.net\\@" + t.host() + t.port());
        add("parser quirks", "encoded dot", t -> t.scheme() + "://" + t.host() + "%2eevil.net" + t.port());
        add("parser quirks", "underscore label", t -> t.scheme() + "://" + firstDot(t.host(), "_.") + t.port());
        add("case", "upper scheme", t -> t.scheme().toUpperCase(Locale.ROOT) + "://" + t.host() + t.port());
        add("case", "upper host", t -> t.scheme() + "://" + t.host().toUpperCase(Locale.ROOT) + t.port());
        add("case", "capitalized host", t -> t.scheme() + "://" + Character.toUpperCase(t.host().charAt(0))
                + t.host().substring(1) + t.port());
        add("case", "mixed scheme", t -> t.scheme().substring(0, 1).toUpperCase(Locale.ROOT) + t.scheme().substring(1)
                + "://" + t.host() + t.port());
        add("unicode folding", "long s", t -> foldOrPrefix(t, 's', '\u017F'));
        add("unicode folding", "dotless i", t -> foldOrPrefix(t, 'i', '\u0131'));
        add("unicode folding", "kelvin sign", t -> foldOrPrefix(t, 'k', '\u212A'));
        add("unicode folding", "capital dotted I", t -> foldOrPrefix(t, 'i', '\u0130'));
        add("unicode folding", "fullwidth host", t -> t.scheme() + "://" + fullwidth(t.host()) + t.port());
        add("unicode folding", "cyrillic a", t -> t.scheme() + "://" + homoglyph(t.host(), 'a', '\u0430') + t.port());
        add("unicode folding", "cyrillic e", t -> t.scheme() + "://" + homoglyph(t.host(), 'e', '\u0435') + t.port());
        add("unicode folding", "greek omicron", t -> t.scheme() + "://" + homoglyph(t.host(), 'o', '\u03BF') + t.port());
        add("idn", "homoglyph as punycode", t -> t.scheme() + "://" + IDN.toASCII(homoglyph(t.host(), 'o', '\u043E'))
                + t.port());
        add("idn", "xn-- prefix", t -> t.scheme() + "://xn--" + t.host() + t.port());
        add("idn", "punycode lookalike", t -> t.scheme() + "://xn--80ak6aa92e.com" + t.port());
        add("idn", "upper punycode", t -> t.scheme() + "://XN--80AK6AA92E.com" + t.port());
        add("ports", "explicit 443", t -> t.scheme() + "://" + t.host() + ":443");
        add("ports", "explicit 80", t -> t.scheme() + "://" + t.host() + ":80");
        add("ports", "extra digit", t -> t.origin() + "0");
        add("ports", "port 0", t -> t.scheme() + "://" + t.host() + ":0");
        add("ports", "port 65536", t -> t.scheme() + "://" + t.host() + ":65536");
        add("ports", "leading zero", t -> t.scheme() + "://" + t.host() + ":0" + (t.port().isEmpty() ? "443" : t.port()
                .substring(1)));
        add("ports", "double port", t -> t.origin() + ":8443");
        add("ports", "empty port", t -> t.scheme() + "://" + t.host() + ":");
        add("ports", "other port", t -> t.scheme() + "://" + t.host() + ":8444");
        add("scheme", "other scheme", t -> t.otherScheme() + "://" + t.host() + t.port());
        add("scheme", "websocket", t -> "ws://" + t.host() + t.port());
        add("scheme", "extension", t -> "chrome-extension://" + t.host());
        add("scheme", "missing slashes", t -> t.scheme() + ":" + t.host() + t.port());
        add("scheme", "one slash", t -> t.scheme() + ":/" + t.host() + t.port());
        add("scheme", "three slashes", t -> t.scheme() + ":///" + t.host() + t.port());
        add("scheme", "no colon", t -> t.scheme() + "//" + t.host() + t.port());
        add("scheme", "scheme-relative", t -> "//" + t.host() + t.port());
        add("scheme", "no scheme", t -> t.host() + t.port());
        add("null", "null", t -> "null");
        add("null", "NULL", t -> "NULL");
        add("null", "star", t -> "*");
        add("null", "file", t -> "file://");
        add("null", "data", t -> "data:");
        add("null", "empty", t -> "");
        add("lists", "allowed first", t -> t.origin() + ", https://evil.net");
        add("lists", "allowed second", t -> "https://evil.net, " + t.origin());
        add("lists", "space separated", t -> t.origin() + " " + t.origin());
        add("lists", "comma joined", t -> t.origin() + "," + t.origin());
        add("whitespace", "space after scheme", t -> t.scheme() + ":// " + t.host() + t.port());
        add("whitespace", "tab inside", t -> t.scheme() + "://" + t.host() + "\t.evil.net" + t.port());
        add("whitespace", "vertical tab", t -> t.origin() + "\u000B");
        add("whitespace", "no-break space", t -> t.origin() + "\u00A0");
        add("whitespace", "space inside host", t -> t.scheme() + "://" + firstDot(t.host(), " .") + t.port());
        // A bare LF may end a header line (RFC 9112 2.2), so a value with one is built so that any
        // reading of it leaves an attacker's origin or a malformed line, never the allowed origin alone.
        add("control", "CR inside", t -> "https://evil.net\r" + t.origin());
        add("control", "LF inside", t -> "https://evil.net\n" + t.origin());
        add("control", "CRLF then allowed Origin", t -> "https://evil.net\r\nOrigin: " + t.origin());
        add("control", "NUL after", t -> t.origin() + "\u0000");
        add("control", "NUL before", t -> "\u0000" + t.origin());
        add("control", "DEL", t -> t.origin() + "\u007F");
        add("over-long", "8 KiB host", t -> t.scheme() + "://" + "a".repeat(8000) + "." + t.host() + t.port());
        add("over-long", "8 KiB path", t -> t.origin() + "/" + "a".repeat(8000));
        add("over-long", "host over 253", t -> t.scheme() + "://" + ("a".repeat(63) + ".").repeat(4) + t.host()
                + t.port());
        // IPv6 literals that are not addresses: they once threw inside the pattern matcher (a 500).
        add("ipv6", "trailing dot", t -> t.scheme() + "://[::1.]" + t.port());
        add("ipv6", "non-hex group", t -> t.scheme() + "://[1q:]" + t.port());
        add("ipv6", "dot group", t -> t.scheme() + "://[0:.0]" + t.port());
        add("ipv6", "signed group", t -> t.scheme() + "://[+1::]" + t.port());
        add("over-long", "label over 63", t -> t.scheme() + "://" + "a".repeat(64) + t.host() + t.port());
    }

    private HostileOrigins() {}

    public static List<Attack> all() {
        return List.copyOf(ATTACKS);
    }

    /** The host with its first dot replaced; a host without one gets the replacement and "evil" appended. */
    private static String firstDot(String host, String replacement) {
        int i = host.indexOf('.');
        return i < 0 ? host + replacement + "evil" : host.substring(0, i) + replacement + host.substring(i + 1);
    }

    private static String replaceLast(String s, char from, char to) {
        int i = s.lastIndexOf(from);
        return i < 0 ? s + to : s.substring(0, i) + to + s.substring(i + 1);
    }

    /** The origin with its first {@code ascii} replaced by a character Java case-folds to it. */
    private static String foldOrPrefix(Target t, char ascii, char folding) {
        String origin = t.origin();
        int i = origin.indexOf(ascii);
        return i < 0 ? t.scheme() + "://" + folding + t.host() + t.port()
                : origin.substring(0, i) + folding + origin.substring(i + 1);
    }

    private static String homoglyph(String host, char ascii, char lookalike) {
        int i = host.indexOf(ascii);
        return i < 0 ? lookalike + host : host.substring(0, i) + lookalike + host.substring(i + 1);
    }

    private static String fullwidth(String host) {
        StringBuilder sb = new StringBuilder();
        for (char c : host.toCharArray()) {
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + '\uFF41') : c);
        }
        return sb.toString();
    }
}
