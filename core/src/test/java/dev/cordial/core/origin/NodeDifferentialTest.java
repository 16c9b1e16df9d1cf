package dev.cordial.core.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The origin grammar against a real WHATWG URL parser: node's {@code new URL(s)}, run once over
 * the whole corpus (JSON lines in, JSON lines out).
 *
 * <p>What node says is the browser's word on a string S:
 * <ul>
 *   <li>S is its own serialized origin (parses, {@code origin} equals S byte for byte, scheme http
 *       or https): a browser can send exactly S in {@code Origin}, so Cordial must accept it as a
 *       configured origin and as a request origin, unless one of {@link #REFUSALS} applies.
 *   <li>Anything else (parse failure, or an origin other than S): Cordial must refuse S, and any
 *       suggestion must be node's {@code origin} of S: a fix never names a host other than the
 *       one the browser would use. No suggestion at all where node's origin is "null" or the
 *       scheme is not http(s).
 * </ul>
 * Strings with {@code *} are Cordial's own pattern syntax, with no browser counterpart: skipped.
 *
 * <p>Without node on the PATH the test is skipped and says so on stdout.
 */
@Tag("node-differential")
class NodeDifferentialTest {

    /** Reads JSON-string lines, answers one line each: "ok" origin protocol host, or "fail" code. */
    private static final String NODE_SCRIPT = String.join("\n",
            "const rl = require('readline').createInterface({input: process.stdin, crlfDelay: Infinity});",
            "const out = [];",
            "rl.on('line', line => {",
            "  const s = JSON.parse(line);",
            "  let r;",
            "  try { const u = new URL(s); r = ['ok', u.origin, u.protocol, u.host]; }",
            "  catch (e) { r = ['fail', String(e.code || e.name)]; }",
            "  out.push(r.map(x => JSON.stringify(x)).join('\\t'));",
            "});",
            "rl.on('close', () => process.stdout.write(out.length ? out.join('\\n') + '\\n' : ''));");

    /** Cordial refuses these serialized origins on purpose; each reason is part of its contract. */
    record Refusal(String reason, Predicate<String> applies) {}

    static final List<Refusal> REFUSALS = List.of(
            new Refusal("longer than OriginSyntax.MAX_LENGTH: bounded work per request header",
                    s -> s.length() > OriginSyntax.MAX_LENGTH),
            new Refusal("host longer than 253 characters: no DNS name is, kept on purpose",
                    s -> !host(s).startsWith("[") && host(s).length() > 253),
            new Refusal("host label longer than 63 characters: no DNS label is, kept on purpose",
                    s -> !host(s).startsWith("[") && List.of(host(s).split("\\.")).stream().anyMatch(l -> l.length() > 63)),
            new Refusal("trailing dot in the host: a different origin from the one without, refused to avoid confusion",
                    s -> host(s).endsWith(".")),
            new Refusal("port 0: node serializes it, but Fetch blocks port 0 (a bad port), so no page has that origin",
                    s -> port(s).equals("0")),
            new Refusal("an empty label (\"a..b\", \".a\"): no DNS name has one, kept on purpose",
                    s -> !host(s).startsWith("[") && ("." + host(s) + ".").contains("..")),
            new Refusal("ASCII symbols other than \"-\" and \"_\" in the host (\"a$b\", \"a,b\"): no DNS name uses"
                    + " them, and a comma would split a list of origins", s -> !host(s).startsWith("[")
                    && !host(s).chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
                            || c == '_' || c == '.')),
            new Refusal("an \"xn--\" label that decodes to ASCII only (\"xn--abc-\"): UTS #46 15.1 made it an"
                    + " error, as ICU4J 78 and Cordial do; node 20's older ICU still accepts it",
                    s -> List.of(host(s).split("\\.")).stream().anyMatch(l -> l.startsWith("xn--")
                            && l.endsWith("-") && l.substring(4).chars().allMatch(c -> c < 0x80))));

    /**
     * Cordial's guess for a value without any scheme ("app.example.com") is https:// plus the
     * value; node cannot parse a schemeless string, so that guess is held to node's origin of
     * https:// plus the value instead: still the browser's host.
     */
    static final String SCHEMELESS_GUESS = "https://";

    @Test
    void agreesWithNodeOnWhatIsAnOrigin() throws Exception {
        Path node = nodeOnPath();
        if (node == null) {
            System.out.println("SKIPPED: NodeDifferentialTest: node not on PATH");
            Assumptions.abort("node not on PATH");
        }
        List<String> corpus = new ArrayList<>(corpus());
        Set<String> asked = new LinkedHashSet<>(corpus);
        for (String s : corpus) {
            if (!s.contains("://")) {
                asked.add(SCHEMELESS_GUESS + s);
            }
        }
        Map<String, NodeUrl> urls = runNode(node, new ArrayList<>(asked));

        Map<String, List<String>> mismatches = new LinkedHashMap<>();
        Map<String, Integer> refused = new LinkedHashMap<>();
        int own = 0;
        int skipped = 0;
        for (String s : corpus) {
            if (s.contains("*")) {
                skipped++;
                continue;
            }
            NodeUrl url = urls.get(s);
            OriginSyntax.Verdict v = OriginSyntax.checkConfigured(s);
            OriginSyntax.Origin request = OriginSyntax.parseRequestOrigin(s);
            String row = quoted(s) + "  node: " + url + "  cordial: " + verdict(v) + "  request: " + request;
            if (url.isOwnOrigin(s)) {
                own++;
                Refusal refusal = REFUSALS.stream().filter(r -> r.applies().test(s)).findFirst().orElse(null);
                if (refusal != null) {
                    refused.merge(refusal.reason(), 1, Integer::sum);
                    continue;
                }
                if (!v.valid()) {
                    add(mismatches, "refuses an origin node serializes as itself", row);
                }
                if (request == null || !request.toString().equals(s)) {
                    add(mismatches, "parseRequestOrigin does not return an origin node serializes as itself", row);
                }
                continue;
            }
            if (v.valid()) {
                add(mismatches, "accepts as a configured origin what is not its own serialized origin", row);
            }
            if (request != null) {
                add(mismatches, "parseRequestOrigin accepts what is not its own serialized origin", row);
            }
            String suggestion = v.suggestion();
            if (suggestion == null) {
                continue;
            }
            NodeUrl judge = url;
            if (!url.parsed() && !s.contains("://")) {
                judge = urls.get(SCHEMELESS_GUESS + s);
                row += "  node on " + quoted(SCHEMELESS_GUESS + s) + ": " + judge;
            }
            if (!judge.parsed()) {
                add(mismatches, "suggests an origin for what node cannot parse", row);
            } else if (!judge.httpOrigin()) {
                add(mismatches, "suggests an origin where node's is \"null\" or not http(s)", row);
            } else if (!suggestion.equals(judge.origin())) {
                add(mismatches, "suggests an origin other than node's", row);
            }
        }

        int total = mismatches.values().stream().mapToInt(List::size).sum();
        System.out.println("NodeDifferentialTest: " + corpus.size() + " inputs (" + skipped + " patterns skipped), "
                + own + " are their own origin per node, " + refused + " refused on purpose, " + total + " mismatches");
        Path full = Path.of("target", "node-differential-mismatches.txt");
        if (Files.isDirectory(full.getParent())) {
            List<String> all = new ArrayList<>();
            mismatches.forEach((kind, rows) -> rows.forEach(r -> all.add(kind + ": " + r)));
            Files.write(full, all, StandardCharsets.UTF_8);
        }
        assertThat(total).as(() -> report(mismatches) + "(every row: " + full.toAbsolutePath() + ")").isZero();
    }

    private static void add(Map<String, List<String>> mismatches, String kind, String row) {
        mismatches.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
    }

    /** At most ~50 lines: a count per kind, then examples of each, shared out between the kinds. */
    private static String report(Map<String, List<String>> mismatches) {
        StringBuilder b = new StringBuilder("Cordial and node's WHATWG URL parser disagree:\n");
        mismatches.forEach((kind, rows) -> b.append("  ").append(rows.size()).append(" x ").append(kind).append('\n'));
        int each = Math.max(2, (50 - mismatches.size() * 2) / Math.max(1, mismatches.size()));
        mismatches.forEach((kind, rows) -> {
            b.append(kind).append(":\n");
            rows.stream().limit(each).forEach(r -> b.append("    ").append(r).append('\n'));
            if (rows.size() > each) {
                b.append("    ... ").append(rows.size() - each).append(" more\n");
            }
        });
        return b.toString();
    }

    private static String verdict(OriginSyntax.Verdict v) {
        return v.valid() ? "valid " + v.origin() : "\"" + v.problem() + "\" suggestion " + quotedOrNull(v.suggestion());
    }

    // ---- node ------------------------------------------------------------------------------

    /** One {@code new URL(s)} result: origin, protocol and host, or the parse failure's code. */
    record NodeUrl(String failure, String origin, String protocol, String host) {
        boolean parsed() {
            return failure == null;
        }

        boolean httpOrigin() {
            return parsed() && (protocol.equals("http:") || protocol.equals("https:")) && !origin.equals("null");
        }

        boolean isOwnOrigin(String s) {
            return httpOrigin() && origin.equals(s);
        }

        @Override
        public String toString() {
            return parsed() ? "origin " + quoted(origin) : "parse failure " + failure;
        }
    }

    private static Path nodeOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "node");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static Map<String, NodeUrl> runNode(Path node, List<String> inputs) throws IOException, InterruptedException {
        Path in = Files.createTempFile("cordial-node-diff", ".jsonl");
        Path err = Files.createTempFile("cordial-node-diff", ".err");
        try {
            List<String> lines = new ArrayList<>();
            for (String s : inputs) {
                lines.add(quoted(s));
            }
            Files.write(in, lines, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(node.toString(), "-e", NODE_SCRIPT)
                    .redirectInput(in.toFile()).redirectError(err.toFile()).start();
            List<String> out;
            try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
                out = reader.lines().toList();
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("node finished within 60 s").isTrue();
            assertThat(process.exitValue()).as(() -> "node's exit code; stderr: " + readQuietly(err)).isZero();
            assertThat(out).as("one node answer per input").hasSize(inputs.size());
            Map<String, NodeUrl> urls = new LinkedHashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                String[] fields = out.get(i).split("\t");
                List<String> f = new ArrayList<>();
                for (String field : fields) {
                    f.add(unquote(field));
                }
                urls.put(inputs.get(i), f.get(0).equals("ok")
                        ? new NodeUrl(null, f.get(1), f.get(2), f.get(3))
                        : new NodeUrl(f.get(1), null, null, null));
            }
            return urls;
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(err);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** A JSON string literal with everything outside printable ASCII escaped: safe on one line, readable. */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.append('"').toString();
    }

    private static String quotedOrNull(String s) {
        return s == null ? "null" : quoted(s);
    }

    /** The inverse for what JSON.stringify writes for a string. */
    static String unquote(String json) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'u' -> {
                    b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    // ---- serialized origins, for the refusal predicates -------------------------------------

    private static String authority(String origin) {
        int sep = origin.indexOf("://");
        return sep < 0 ? origin : origin.substring(sep + 3);
    }

    static String host(String origin) {
        String a = authority(origin);
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            return close < 0 ? a : a.substring(0, close + 1);
        }
        int colon = a.indexOf(':');
        return colon < 0 ? a : a.substring(0, colon);
    }

    static String port(String origin) {
        String a = authority(origin);
        String rest = a.substring(host(origin).length());
        return rest.startsWith(":") ? rest.substring(1) : "";
    }

    // ---- corpus -----------------------------------------------------------------------------

    static Set<String> corpus() {
        Set<String> corpus = new LinkedHashSet<>(HANDWRITTEN);
        corpus.addAll(lengthEdges());
        corpus.addAll(mutations(new Random(0xC0D1A1L), 3000));
        return corpus;
    }

    /** Written from the WHATWG URL standard's host parser and origin serialization, one topic a block. */
    static final List<String> HANDWRITTEN = List.of(
            // Serialized origins as browsers send them.
            "https://example.com", "http://example.com", "https://app.example.com:8443", "http://localhost",
            "http://localhost:5173", "https://a.b.c.d.example", "https://example.com:1", "https://example.com:65535",
            "http://example.com:443", "https://example.com:80", "http://sub.localhost:3000", "https://example",
            // Ports: default ports are dropped, leading zeros parsed away, 0 kept, only ASCII digits.
            "http://example.com:80", "https://example.com:443", "https://example.com:0", "http://example.com:0",
            "https://example.com:00", "https://example.com:08080", "https://example.com:0443", "https://example.com:65536",
            "https://example.com:99999999999", "https://example.com:", "https://example.com:+1", "https://example.com:-1",
            "https://example.com:1e3", "https://example.com: 80", "https://example.com:8 0", "https://example.com::80",
            "https://example.com:8443:8443", "https://example.com:0x50", "https://example.com:\uff18\uff14\uff14\uff13",
            "https://example.com:\u0668", "https://[::1]:443", "http://[::1]:80", "http://[::1]:0", "https://[::1]:",
            // Case: scheme and host are lowercased.
            "HTTPS://example.com", "Https://Example.Com", "https://EXAMPLE.COM", "https://example.COM:8443",
            "HTTP://LOCALHOST:5173", "hTtP://a.example", "http://[2001:DB8::1]", "HTTPS:example.com",
            // Special schemes: any number of slashes, and backslash counts as slash.
            "https:example.com", "https:/example.com", "https:///example.com", "https:////example.com",
            "https:\\\\example.com", "https:/\\example.com", "https:\\/example.com", "https://\\example.com",
            "http:\\\\localhost:5173", "https://example.com\\", "https://example.com\\path", "http:/\\example.com",
            // Path, query, fragment end the host.
            "https://example.com/", "https://example.com/path", "https://example.com?", "https://example.com?q=1",
            "https://example.com#", "https://example.com#frag", "https://example.com:8443/", "https://example.com/?#",
            "https://example.com/..", "https://example.com/./",
            // Leading and trailing C0 controls and spaces are stripped, tab and newline removed anywhere.
            " https://example.com", "https://example.com ", "\thttps://example.com", "https://exa\tmple.com",
            "https://exa\nmple.com", "https://example.com\r\n", "https://example.com\u0000", "\u0001https://example.com",
            "https://exa mple.com", "https://example.com\u00a0", "\u00a0https://example.com", "https://example.com\u200b",
            "https://exa\u200bmple.com", "https://example.com:84\t43", "ht\ttps://example.com",
            // Userinfo is dropped from the origin; the host is after the last "@".
            "https://user@example.com", "https://user:pass@example.com", "https://@example.com", "https://:@example.com",
            "https://example.com@evil.example", "https://app.example.com@evil.example", "https://a@b@example.com",
            "https://user%40x@example.com", "https://u@example.com:8443", "https://example.com:8443@evil.example",
            "https://evil.example\\@example.com", "https://evil.example#@example.com", "https://evil.example?@example.com",
            "https://evil.example/@example.com", "https://user@", "https://user@:8443",
            // Hosts are percent-decoded before anything else.
            "https://%65xample.com", "https://ex%41mple.com", "https://example%2ecom", "https://example%2Ecom",
            "https://%2e", "https://ex%ample.com", "https://ex%zzample.com", "https://%c3%9f.example",
            "https://%ef%bc%8e.example", "https://%00example.com", "https://%20example.com", "https://example.com%3a8080",
            "https://%5b::1%5d", "http://%31%32%37.0.0.1", "http://%30x7f.1", "https://%2e.example", "https://a%2e",
            "https://%e2%80%8bexample.com", "https://%ff.example", "https://%C3%A9.example",
            // IPv4: a host whose last label is a number must be an IPv4 address, in any of its spellings.
            "http://127.0.0.1", "http://127.1", "http://127.0.1", "http://0x7f.0.0.1", "http://0x7F.1",
            "http://0177.0.0.1", "http://017700000001", "http://2130706433", "http://0x7f000001", "http://127.0.0.1.",
            "http://127.0.0.1..", "http://256.0.0.1", "http://255.255.255.255", "http://4294967295", "http://4294967296",
            "http://1.2.3.4.5", "http://1.2.3.08", "http://1.2.3.09", "http://1.2.3.0x", "http://0x", "http://0x.0x.0",
            "http://0xg.1", "http://example.1", "http://example.0x1", "http://1.example", "http://1.2.3.4a",
            "http://09.example", "http://a.09", "http://0", "http://00", "http://010.0.0.1", "http://1.2.3.4:8080",
            "https://192.168.0.1:443", "http://[127.0.0.1]", "http://127.0.0.01", "http://0.0.0.0", "http://1.256",
            "http://1.65536", "http://1.2.65536", "http://1.16777216", "http://0X7F.1", "http://1.2.3.4.",
            "http://a.1.", "http://1.2.3.4.5.", "http://00x7f.1", "http://0x0x7f.1", "http://\uff11\uff12\uff17.0.0.1",
            // IPv6: brackets, compressed lowercase serialization, the longest run of zeros.
            "http://[::1]", "http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]", "http://[::0001]", "http://[::1:0:0:1]",
            "http://[1:0:0:0:1:0:0:1]", "http://[1:0:0:1:0:0:0:1]", "http://[1:0:1:0:1:0:1:0]", "http://[2001:db8::1]",
            "http://[::ffff:127.0.0.1]", "http://[::ffff:7f00:1]", "http://[::127.0.0.1]", "http://[::1.2.3]",
            "http://[::]", "http://[::1", "http://::1]", "http://[::1]]", "http://[:::1]", "http://[1::2::3]",
            "http://[1:2:3:4:5:6:7:8:9]", "http://[1:2:3:4:5:6:7::]", "http://[1:2:3:4:5:6:7:8]", "http://[::2:3:4:5:6:7:8]",
            "http://[fe80::1%25eth0]", "http://[::1]x", "http://[0::0]", "http://[00000::1]", "http://[::ffff:1.2.3.256]",
            "http://[::1].example", "http://[0:0::0:1]", "http://[1:0::]", "http://[::1%2e]", "http://[%3a%3a1]",
            "http://[ ::1]", "http://[::1 ]", "http://[1:2:3:4:5:6:1.2.3.4]", "http://[::ffff:0x7f.1]",
            // IDNA (UTS #46, nontransitional): mapped, normalized, punycoded; xn-- labels must decode.
            "https://fa\u00df.example", "https://xn--fa-hia.example", "https://fass.example", "https://FASS.example",
            "https://b\u00fccher.example", "https://xn--bcher-kva.example", "https://XN--BCHER-KVA.example",
            "https://B\u00fccher.example", "https://B\u00dcCHER.example", "https://xn--ls8h", "https://xn--ls8h.example",
            "https://\ud83d\udca9.example", "https://xn--a.example", "https://xn--.example", "https://xn--zca.example",
            "https://xn--abc-.example", "https://xn--bcher-kva", "https://m\u00fcnchen.de", "https://xn--mnchen-3ya.de",
            "https://\u4f8b\u3048.\u30c6\u30b9\u30c8", "https://xn--r8jz45g.xn--zckzah",
            "https://\uff41\uff50\uff50.example.com", "https://app\u3002example.com", "https://app\uff0eexample.com",
            "https://app\uff61example.com", "https://\u0131.example", "https://\ufb00.example", "https://\u2177.example",
            "https://a\u0301.example", "https://\u0301a.example", "https://xn--1ca.example", "https://ab\u00ad.example",
            "https://a\u200db.example", "https://a\u200cb.example", "https://\u05d0\u05d1.example",
            "https://a\u05d0.example", "https://xn--55qx5d.example", "https://xn--zz.example", "https://xn--0.example",
            "https://XN--ZCA.example", "https://Xn--zca.example", "https://xn--ZCA.example", "https://xn--a-.example",
            "https://xn---.example", "https://xn--zca-.example", "https://ab--cd.example", "https://-a.example",
            "https://a-.example", "https://--.example", "https://-.example", "https://xn--ls8h-.example",
            "https://\u2488.example", "https://\u00bd.example", "https://\u03c2.example", "https://\u0130.example",
            "https://\u212a.example", "https://\ufeffexample.com", "https://example.\ud83d\ude00",
            "https://\ud800.example", "https://\udc00.example", "https://\ufffd.example", "https://a\u3002",
            // Forbidden host code points fail; other ASCII punctuation, like "_", is allowed in a domain.
            "https://a_b.example", "https://_dmarc.example", "https://_.example", "https://a$b.example",
            "https://a!b.example", "https://a'b.example", "https://a(b).example", "https://a;b.example",
            "https://a=b.example", "https://a&b.example", "https://a+b.example", "https://a~b.example",
            "https://a,b.example", "https://a{b}.example", "https://a\"b.example", "https://a`b.example",
            "https://a^b.example", "https://a|b.example", "https://a<b.example", "https://a>b.example",
            "https://a%b.example", "https://a b.example", "https://a\u007fb.example", "https://a\u0080b.example",
            "https://a\u0085b.example", "https://a[b.example", "https://a]b.example", "https://a:b.example",
            "https://a\\b.example", "https://a#b.example", "https://a?b.example", "https://a/b.example",
            // Empty and odd hosts.
            "https://", "https:///", "https://:8443", "https://.", "https://..", "https://.example",
            "https://a..example", "https://example..", "https://a.example.", "https://a.example.:8443",
            "https://a.example..", "http://localhost.", "https://A.example.", "https://a.example./",
            // Not http(s): other special schemes, blob's inner origin, opaque and schemeless strings.
            "ws://example.com", "wss://example.com", "ftp://example.com", "file:///etc", "file://example.com",
            "blob:https://example.com/uuid", "blob:https://example.com", "data:text/plain,x", "javascript:alert(1)",
            "about:blank", "null", "Null", " null ", "*", "", "example.com", "app.example.com:8443",
            "localhost:5173", "//example.com", "://example.com", "https//example.com", "hxxps://example.com",
            "https+x://example.com", "chrome-extension://abcdef", "foo://example.com", "EXAMPLE.com", "Example.com",
            "b\u00fccher.example", "127.0.0.1", "[::1]", "example.com/", "user@example.com", "fa\u00df.example",
            // Lists are not one origin.
            "https://a.example, https://b.example", "https://a.example https://b.example",
            // Cordial's patterns (skipped: no browser counterpart).
            "https://*.example.com", "*.example.com", "https://a*b.example");

    /** Labels and hosts at and beyond the DNS limits, and whole strings beyond MAX_LENGTH. */
    static List<String> lengthEdges() {
        List<String> edges = new ArrayList<>();
        for (int label : new int[] {62, 63, 64, 70}) {
            edges.add("https://" + "a".repeat(label) + ".example");
            edges.add("https://" + "A".repeat(label) + ".example");
        }
        for (int host : new int[] {252, 253, 254, 260}) {
            edges.add("https://" + hostOfLength(host));
            edges.add("https://" + hostOfLength(host) + ":8443");
            edges.add("https://" + hostOfLength(host) + ".");
        }
        edges.add("https://" + hostOfLength(253) + "/" + "p".repeat(100));
        edges.add("https://" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63)
                + "." + "e".repeat(63));
        edges.add("https://" + "x".repeat(400));
        edges.add("https://xn--" + "a".repeat(60) + ".example");
        return edges;
    }

    /** A dotted name of 63-character labels, exactly {@code length} characters long. */
    private static String hostOfLength(int length) {
        StringBuilder b = new StringBuilder("h".repeat(63));
        while (b.length() < length) {
            b.append('.').append("h".repeat(63));
        }
        b.setLength(length);
        if (b.charAt(length - 1) == '.') {
            b.setCharAt(length - 1, 'h');
        }
        return b.toString();
    }

    private static final List<String> SEEDS = List.of("https://app.example.com", "http://localhost:5173",
            "https://[2001:db8::1]:8443", "http://127.0.0.1:8080", "https://xn--bcher-kva.example", "https://a_b.example",
            "https://xn--ls8h.example:8443");

    /** What parsers trip on: separators, escapes, case, number prefixes, and look-alike non-ASCII. */
    private static final List<String> SNIPPETS = List.of(".", "..", "-", "_", ":", "::", "[", "]", "@", "%", "%2e",
            "%41", "%00", "%c3%9f", "\\", "/", "?", "#", " ", "\t", "\n", "0", "0x", "00", "1", "255", "256", "09",
            "A", "Z", "xn--", "xn--zca", ":0", ":80", ":443", ":65536", ":08443", "u@", "u:p@", "*",
            "\u00df", "\u00fc", "\u0130", "\u0131", "\u3002", "\uff0e", "\uff41", "\uff11", "\u200b", "\u200d",
            "\u00ad", "\u0301", "\u05d0", "\ud83d\udca9", "\ufb00", "\u007f", "\u00a0", "^", "|", "~", "$", ",");

    static List<String> mutations(Random random, int count) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder s = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
            int steps = 1 + random.nextInt(3);
            for (int step = 0; step < steps; step++) {
                int at = random.nextInt(s.length() + 1);
                String snippet = SNIPPETS.get(random.nextInt(SNIPPETS.size()));
                switch (random.nextInt(5)) {
                    case 0 -> s.insert(at, snippet);
                    case 1 -> {
                        if (at < s.length()) {
                            s.replace(at, Math.min(s.length(), at + 1 + random.nextInt(3)), snippet);
                        }
                    }
                    case 2 -> {
                        if (at < s.length()) {
                            s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(2)));
                        }
                    }
                    case 3 -> {
                        if (at < s.length()) {
                            s.setCharAt(at, Character.toUpperCase(s.charAt(at)));
                        }
                    }
                    default -> s.append(snippet);
                }
            }
            out.add(s.toString());
        }
        return out;
    }
}
