package dev.cordial.core.origin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * The URL Standard's "domain to ASCII" for what Cordial needs of it: UTS #46 with the options the
 * standard sets (nontransitional, {@code CheckBidi}, {@code CheckJoiners}, no {@code CheckHyphens},
 * no STD3 rules, no DNS length check).
 *
 * <p>The Unicode facts come from {@code idna-properties.txt}, a table generated from ICU4J, the
 * reference implementation, by {@code IdnaTableGenerator} in this module's tests, which also
 * check that it is current and that every verdict here equals ICU's. ICU4J itself (15 MB) stays
 * off the runtime class path.
 *
 * <p>Exact where it answers: {@link #isValidAscii} decides every lowercase ASCII host;
 * {@link #toAscii} converts a Unicode host only when UTS #46's mapping leaves each of its code
 * points unchanged (but for ASCII case, full-width letters and digits and the ideographic full
 * stops), and otherwise answers {@code null} rather than guess.
 */
final class Idna {

    private static final int VALID = 1;
    private static final int MARK = 1 << 1;
    private static final int VIRAMA = 1 << 6;
    private static final int MAYBE_COMPOSES = 1 << 10;

    private static final int BIDI_L = 1;
    private static final int BIDI_R = 2;
    private static final int BIDI_AL = 3;
    private static final int BIDI_AN = 4;
    private static final int BIDI_EN = 5;
    private static final int BIDI_ES = 6;
    private static final int BIDI_CS = 7;
    private static final int BIDI_ET = 8;
    private static final int BIDI_ON = 9;
    private static final int BIDI_BN = 10;
    private static final int BIDI_NSM = 11;

    private static final int JOIN_L = 1;
    private static final int JOIN_D = 2;
    private static final int JOIN_R = 3;
    private static final int JOIN_T = 4;

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private Idna() {}

    /**
     * True when the lowercase ASCII host passes UTS #46 as the URL Standard applies it: every
     * {@code xn--} label decodes to a valid label whose Punycode is the label again, and a host
     * with right-to-left labels satisfies the Bidi rule.
     */
    static boolean isValidAscii(String host) {
        if (host.indexOf("xn--") < 0) {
            return true; // plain ASCII labels are valid as they are, and no Bidi rule applies to them
        }
        String[] labels = host.split("\\.", -1);
        int[][] decoded = new int[labels.length][];
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (label.startsWith("xn--")) {
                int[] unicode = Punycode.decode(label.substring(4));
                if (unicode == null || !isAsciiFree(unicode) || !validLabel(unicode)
                        || !label.substring(4).equals(Punycode.encode(unicode))) {
                    return false;
                }
                decoded[i] = unicode;
            } else {
                decoded[i] = label.codePoints().toArray();
            }
        }
        return bidiOk(decoded);
    }

    /**
     * The ASCII form of a host whose non-ASCII code points UTS #46 keeps as they are (valid or
     * deviation), ASCII letters lowercased; {@code null} when the host is invalid, or when a code
     * point would be mapped (full-width letters, uppercase non-ASCII, ideographic full stops, ...),
     * since Cordial carries no mapping table and will not guess.
     */
    static String toAscii(String host) {
        StringJoiner out = new StringJoiner(".");
        for (String label : host.replace('\u3002', '.').replace('\uFF0E', '.').replace('\uFF61', '.')
                .split("\\.", -1)) {
            int[] cps = label.codePoints().map(Idna::mapExactly).toArray();
            boolean ascii = true;
            for (int c : cps) {
                if (c >= 0x80) {
                    ascii = false;
                    if ((props(c) & VALID) == 0) {
                        return null;
                    }
                }
            }
            String encoded = ascii ? new String(cps, 0, cps.length) : Punycode.encode(cps);
            if (encoded == null) {
                return null;
            }
            out.add(ascii ? encoded : "xn--" + encoded);
        }
        String ascii = out.toString();
        return isValidAscii(ascii) ? ascii : null;
    }

    /**
     * The few UTS #46 mappings Cordial applies itself, each one a fixed rule of the mapping table
     * (checked against ICU4J): ASCII uppercase to lowercase, full-width letters and digits to
     * ASCII. Every other code point stays as it is, and {@link #toAscii} gives up unless it is valid.
     */
    private static int mapExactly(int c) {
        if (c >= 'A' && c <= 'Z') {
            return c + 32;
        }
        if (c >= 0xFF21 && c <= 0xFF3A) {
            return c - 0xFF21 + 'a';
        }
        if (c >= 0xFF41 && c <= 0xFF5A) {
            return c - 0xFF41 + 'a';
        }
        if (c >= 0xFF10 && c <= 0xFF19) {
            return c - 0xFF10 + '0';
        }
        return c;
    }

    private static boolean isAsciiFree(int[] label) {
        for (int c : label) {
            if (c >= 0x80) {
                return true;
            }
        }
        return false; // empty, or ASCII only: never the result of encoding a Unicode label
    }

    /** UTS #46 section 4.1, validity criteria for nontransitional processing, but Bidi. */
    private static boolean validLabel(int[] label) {
        if (label.length >= 4 && label[0] == 'x' && label[1] == 'n' && label[2] == '-' && label[3] == '-') {
            return false;
        }
        if ((props(label[0]) & MARK) != 0) {
            return false;
        }
        boolean mayCompose = false;
        int lastCcc = 0;
        for (int c : label) {
            if (c == '.') {
                return false;
            }
            int p = props(c);
            if ((p & VALID) == 0) {
                return false;
            }
            int ccc = p >>> 11;
            if (ccc != 0 && ccc < lastCcc) {
                return false; // not in canonical order, so not NFC
            }
            lastCcc = ccc;
            mayCompose |= (p & MAYBE_COMPOSES) != 0;
        }
        if (mayCompose && !Normalizer.isNormalized(new String(label, 0, label.length), Normalizer.Form.NFC)) {
            return false;
        }
        return joinersOk(label);
    }

    /** RFC 5892 appendix A.1 and A.2: ZERO WIDTH NON-JOINER and JOINER only where they belong. */
    private static boolean joinersOk(int[] label) {
        for (int i = 0; i < label.length; i++) {
            int c = label[i];
            if (c != ZWNJ && c != ZWJ) {
                continue;
            }
            if (i > 0 && (props(label[i - 1]) & VIRAMA) != 0) {
                continue;
            }
            if (c == ZWJ) {
                return false;
            }
            int before = i - 1;
            while (before >= 0 && joining(label[before]) == JOIN_T) {
                before--;
            }
            int after = i + 1;
            while (after < label.length && joining(label[after]) == JOIN_T) {
                after++;
            }
            boolean left = before >= 0 && (joining(label[before]) == JOIN_L || joining(label[before]) == JOIN_D);
            boolean right = after < label.length
                    && (joining(label[after]) == JOIN_R || joining(label[after]) == JOIN_D);
            if (!left || !right) {
                return false;
            }
        }
        return true;
    }

    /** RFC 5893 section 2, applied to every label once any label holds R, AL or AN. */
    private static boolean bidiOk(int[][] labels) {
        boolean bidiDomain = false;
        for (int[] label : labels) {
            for (int c : label) {
                int b = bidi(c);
                bidiDomain |= b == BIDI_R || b == BIDI_AL || b == BIDI_AN;
            }
        }
        if (!bidiDomain) {
            return true;
        }
        for (int[] label : labels) {
            if (label.length > 0 && !bidiLabelOk(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bidiLabelOk(int[] label) {
        int first = bidi(label[0]);
        int last = label.length - 1;
        while (last > 0 && bidi(label[last]) == BIDI_NSM) {
            last--;
        }
        int end = bidi(label[last]);
        if (first == BIDI_R || first == BIDI_AL) {
            boolean en = false;
            boolean an = false;
            for (int c : label) {
                int b = bidi(c);
                if (!(b == BIDI_R || b == BIDI_AL || b == BIDI_AN || b == BIDI_EN || b == BIDI_ES || b == BIDI_CS
                        || b == BIDI_ET || b == BIDI_ON || b == BIDI_BN || b == BIDI_NSM)) {
                    return false;
                }
                en |= b == BIDI_EN;
                an |= b == BIDI_AN;
            }
            return (end == BIDI_R || end == BIDI_AL || end == BIDI_EN || end == BIDI_AN) && !(en && an);
        }
        if (first == BIDI_L) {
            for (int c : label) {
                int b = bidi(c);
                if (!(b == BIDI_L || b == BIDI_EN || b == BIDI_ES || b == BIDI_CS || b == BIDI_ET || b == BIDI_ON
                        || b == BIDI_BN || b == BIDI_NSM)) {
                    return false;
                }
            }
            return end == BIDI_L || end == BIDI_EN;
        }
        return false;
    }

    private static int bidi(int c) {
        return (props(c) >>> 2) & 0xF;
    }

    private static int joining(int c) {
        return (props(c) >>> 7) & 0x7;
    }

    private static int props(int c) {
        int[] starts = Table.STARTS;
        int i = Arrays.binarySearch(starts, c);
        return Table.PROPS[i >= 0 ? i : -i - 2];
    }

    /** The generated table, read once on first use: the code point each run starts at, and its bits. */
    private static final class Table {
        static final int[] STARTS;
        static final int[] PROPS;

        static {
            int[][] table = read();
            STARTS = table[0];
            PROPS = table[1];
        }

        private static int[][] read() {
            int[] starts = new int[4096];
            int[] props = new int[4096];
            int n = 0;
            try (InputStream in = Idna.class.getResourceAsStream("idna-properties.txt")) {
                if (in == null) {
                    throw new IllegalStateException("cordial-core is incomplete: idna-properties.txt is missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
                for (String line; (line = reader.readLine()) != null; ) {
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int space = line.indexOf(' ');
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                        props = Arrays.copyOf(props, n * 2);
                    }
                    starts[n] = Integer.parseInt(line, 0, space, 16);
                    props[n++] = Integer.parseInt(line, space + 1, line.length(), 16);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new int[][] {Arrays.copyOf(starts, n), Arrays.copyOf(props, n)};
        }
    }
}
