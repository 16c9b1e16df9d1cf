package dev.cordial.core.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Idna} against ICU4J, the reference implementation of UTS #46, with the options the URL
 * Standard sets: every verdict must be ICU's.
 */
class IdnaTest {

    static String icuToAscii(String host) {
        return OriginOracle.icuToAscii(host);
    }

    private static boolean icuAcceptsAsIs(String asciiHost) {
        return asciiHost.equals(icuToAscii(asciiHost));
    }

    @Test
    void theCommittedTableIsWhatIcuGenerates() throws IOException {
        String generated = IdnaTableGenerator.generate();
        if (Boolean.getBoolean("cordial.regenerate")) {
            Files.writeString(IdnaTableGenerator.COMMITTED, generated, StandardCharsets.US_ASCII);
        }
        assertThat(Files.readString(IdnaTableGenerator.COMMITTED, StandardCharsets.US_ASCII))
                .as("idna-properties.txt is stale: regenerate it with -Dcordial.regenerate=true")
                .isEqualTo(generated);
    }

    @ParameterizedTest
    @CsvSource({
            "faß.de, xn--fa-hia.de",
            "bücher.example, xn--bcher-kva.example",
            "☕.example, xn--53h.example",
            "BÜCHER.example,",           // uppercase non-ASCII is mapped: no guess
            "ｅｘａｍｐｌｅ.com, example.com",   // full-width letters: a mapping Cordial applies itself
            "ＡＰＰ１．example。com, app1.example.com",
            "例え。テスト, xn--r8jz45g.xn--zckzah",
            "ⅸ.example,",                 // a compatibility mapping (to "ix"): no guess
            "ǅ.example,",                 // a title-case letter: no guess
    })
    void convertsOnlyWhatNeedsNoMapping(String unicode, String ascii) {
        assertThat(Idna.toAscii(unicode)).isEqualTo(ascii);
        if (ascii != null) {
            assertThat(icuToAscii(unicode)).isEqualTo(ascii);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xn--fa-hia.de", "xn--ls8h.la", "xn--53h", "xn--bcher-kva.example", "example.com",
            "xn--mgbh0fb.xn--kgbechtv"})
    void acceptsWhatBrowsersSend(String host) {
        assertThat(icuAcceptsAsIs(host)).isTrue();
        assertThat(Idna.isValidAscii(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xn--", "xn--zz", "xn--abc-", "xn--n3b", "xn--a.example", "xn--xn--a-ecp"})
    void refusesWhatBrowsersRefuse(String host) {
        assertThat(Idna.isValidAscii(host)).isFalse();
        assertThat(icuAcceptsAsIs(host)).isFalse();
    }

    @Test
    void everyCodePointAloneAndAfterALetterAsIcuDecides() {
        List<String> disagreements = new ArrayList<>();
        for (int c = 0x80; c <= Character.MAX_CODE_POINT; c++) {
            for (int[] label : new int[][] {{c}, {'a', c}, {c, '1'}}) {
                String host = "xn--" + Punycode.encode(label);
                if (Idna.isValidAscii(host) != icuAcceptsAsIs(host) && disagreements.size() < 20) {
                    disagreements.add(Integer.toHexString(c) + " " + host);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void randomLabelsOfMarksJoinersAndRightToLeftLettersAsIcuDecides() {
        int[] pool = {'a', 'z', '0', '9', '-', '_', 0xDF, 0xE9, 0x65, 0x301, 0x300, 0x327, 0x323, 0x5D0, 0x5D1,
                0x5B0, 0x627, 0x628, 0x644, 0x660, 0x661, 0x6F0, 0x64B, 0x200C, 0x200D, 0x94D, 0x915, 0x93F,
                0xA8C4, 0x1F600, 0x2615, 0x3B1, 0x3C2, 0x10D0, 0x1100, 0x1161, 0x11A8, 0xAC00, 0x0F71, 0x0F72,
                0x1E9E, 0x3002, 0xFF21, 0x2028, 0x0640, 0x0712, 0x0710, 0x1D165, 0x1D16D};
        Random random = new Random(21);
        List<String> disagreements = new ArrayList<>();
        for (int n = 0; n < 200_000; n++) {
            StringBuilder host = new StringBuilder();
            int labels = 1 + random.nextInt(3);
            for (int l = 0; l < labels; l++) {
                if (l > 0) {
                    host.append('.');
                }
                int[] label = new int[1 + random.nextInt(5)];
                for (int i = 0; i < label.length; i++) {
                    label[i] = pool[random.nextInt(pool.length)];
                }
                String ascii = Punycode.encode(label);
                boolean allAscii = ascii.length() == label.length + 1 && ascii.endsWith("-")
                        || java.util.Arrays.stream(label).allMatch(c -> c < 0x80);
                host.append(allAscii ? new String(label, 0, label.length) : "xn--" + ascii);
            }
            String h = host.toString();
            if (Idna.isValidAscii(h) != icuAcceptsAsIs(h) && disagreements.size() < 20) {
                disagreements.add(h + " cordial=" + Idna.isValidAscii(h));
            }
            String unicode = new String(java.util.Arrays.stream(h.split("\\.")).map(IdnaTest::unicodeOf)
                    .toArray(String[]::new)[0]);
            String ours = Idna.toAscii(unicode);
            if (ours != null && !ours.equals(icuToAscii(unicode)) && disagreements.size() < 20) {
                disagreements.add("toAscii " + unicode + " cordial=" + ours + " icu=" + icuToAscii(unicode));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    private static String unicodeOf(String label) {
        if (!label.startsWith("xn--")) {
            return label;
        }
        int[] cps = Punycode.decode(label.substring(4));
        return cps == null ? label : new String(cps, 0, cps.length);
    }

    @Test
    void theMappingsAppliedWithoutATableAreIcus() {
        for (int c : new int[] {0xFF0E, 0x3002, 0xFF61}) {
            assertThat(icuToAscii("a" + Character.toString(c) + "b")).isEqualTo("a.b");
        }
        for (int c = 0xFF10; c <= 0xFF5A; c++) {
            String expected = icuToAscii(Character.toString(c));
            String ours = Idna.toAscii(Character.toString(c));
            if (ours != null) {
                assertThat(ours).as(Integer.toHexString(c)).isEqualTo(expected);
            }
        }
    }

    @Test
    void punycodeIsIcusPunycode() throws Exception {
        Random random = new Random(3492);
        for (int n = 0; n < 20_000; n++) {
            int[] label = new int[1 + random.nextInt(8)];
            for (int i = 0; i < label.length; i++) {
                int c;
                do {
                    c = random.nextInt(4) == 0 ? 'a' + random.nextInt(26) : random.nextInt(Character.MAX_CODE_POINT);
                } while (c >= 0xD800 && c <= 0xDFFF);
                label[i] = c;
            }
            String unicode = new String(label, 0, label.length);
            String icu = com.ibm.icu.impl.Punycode.encode(unicode, null).toString();
            assertThat(Punycode.encode(label)).as(unicode).isEqualTo(icu);
            assertThat(Punycode.decode(icu)).isEqualTo(label);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "99999999999", "zzzzzzzzzzzzzzzz", "a-", "-a", "\u00e9", "9999zzzzzzzzzzzzzzzzzzzz"})
    void decodingNeverThrows(String input) {
        Punycode.decode(input); // null or code points: never an exception
        assertThat(Idna.isValidAscii("xn--" + input)).isIn(true, false);
    }
}
