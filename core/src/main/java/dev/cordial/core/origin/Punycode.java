package dev.cordial.core.origin;

/**
 * Punycode (RFC 3492), the encoding of a Unicode label after its {@code xn--} prefix. Bounded and
 * total: a malformed or overflowing input gives {@code null}, never an exception.
 */
final class Punycode {

    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 0x80;

    private Punycode() {}

    /** The code points that {@code input} (the part after {@code xn--}) encodes, or {@code null}. */
    static int[] decode(String input) {
        int delimiter = input.lastIndexOf('-');
        int basicLength = Math.max(delimiter, 0);
        int[] output = new int[input.length()];
        int length = 0;
        for (int j = 0; j < basicLength; j++) {
            char c = input.charAt(j);
            if (c >= 0x80) {
                return null;
            }
            output[length++] = c;
        }
        int n = INITIAL_N;
        int bias = INITIAL_BIAS;
        int i = 0;
        for (int in = delimiter > 0 ? delimiter + 1 : 0; in < input.length(); ) {
            int oldI = i;
            int w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= input.length()) {
                    return null;
                }
                int digit = digit(input.charAt(in++));
                if (digit < 0 || digit > (Integer.MAX_VALUE - i) / w) {
                    return null;
                }
                i += digit * w;
                int t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
                if (digit < t) {
                    break;
                }
                if (w > Integer.MAX_VALUE / (BASE - t)) {
                    return null;
                }
                w *= BASE - t;
            }
            bias = adapt(i - oldI, length + 1, oldI == 0);
            if (i / (length + 1) > Integer.MAX_VALUE - n) {
                return null;
            }
            n += i / (length + 1);
            i %= length + 1;
            if (n > Character.MAX_CODE_POINT || length == output.length) {
                return null;
            }
            System.arraycopy(output, i, output, i + 1, length - i);
            output[i++] = n;
            length++;
        }
        int[] result = new int[length];
        System.arraycopy(output, 0, result, 0, length);
        return result;
    }

    /** The Punycode of {@code codePoints} (without {@code xn--}), or {@code null} on overflow. */
    static String encode(int[] codePoints) {
        StringBuilder out = new StringBuilder();
        for (int c : codePoints) {
            if (c < 0x80) {
                out.append((char) c);
            }
        }
        int basic = out.length();
        int handled = basic;
        if (basic > 0) {
            out.append('-');
        }
        int n = INITIAL_N;
        int delta = 0;
        int bias = INITIAL_BIAS;
        while (handled < codePoints.length) {
            int m = Integer.MAX_VALUE;
            for (int c : codePoints) {
                if (c >= n && c < m) {
                    m = c;
                }
            }
            if (m - n > (Integer.MAX_VALUE - delta) / (handled + 1)) {
                return null;
            }
            delta += (m - n) * (handled + 1);
            n = m;
            for (int c : codePoints) {
                if (c < n && ++delta == Integer.MAX_VALUE) {
                    return null;
                }
                if (c == n) {
                    int q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
                        if (q < t) {
                            break;
                        }
                        out.append(digitChar(t + (q - t) % (BASE - t)));
                        q = (q - t) / (BASE - t);
                    }
                    out.append(digitChar(q));
                    bias = adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }
            delta++;
            n++;
        }
        return out.toString();
    }

    private static int adapt(int delta, int numPoints, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / numPoints;
        int k = 0;
        while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        return k + (BASE - T_MIN + 1) * delta / (delta + SKEW);
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0' + 26;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return -1;
    }

    private static char digitChar(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }
}
