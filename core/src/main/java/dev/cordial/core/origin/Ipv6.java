package dev.cordial.core.origin;

/**
 * IPv6 serialization as the WHATWG URL Standard (and so every browser's {@code Origin}) writes it:
 * lowercase hexadecimal, no leading zeros, the first longest run of two or more zero groups
 * compressed to {@code ::}.
 */
final class Ipv6 {

    private Ipv6() {}

    /** The canonical form of an address of hex groups (no brackets), or {@code null} if invalid. */
    static String canonical(String address) {
        int[] groups = parse(address);
        return groups == null ? null : serialize(groups);
    }

    private static int[] parse(String s) {
        int[] groups = new int[8];
        int compress = s.indexOf("::");
        if (compress >= 0 && s.indexOf("::", compress + 1) >= 0) {
            return null;
        }
        String head = compress >= 0 ? s.substring(0, compress) : s;
        String tail = compress >= 0 ? s.substring(compress + 2) : "";
        int[] h = groups(head);
        int[] t = groups(tail);
        if (h == null || t == null) {
            return null;
        }
        if (compress < 0 ? h.length != 8 : h.length + t.length > 7) {
            return null;
        }
        System.arraycopy(h, 0, groups, 0, h.length);
        System.arraycopy(t, 0, groups, 8 - t.length, t.length);
        return groups;
    }

    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            for (int j = 0; j < p.length(); j++) {
                char c = p.charAt(j);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                    return null; // not a hex group (a dot, a sign, an embedded IPv4 address): no parse
                }
            }
            out[i] = Integer.parseInt(p, 16);
        }
        return out;
    }

    private static String serialize(int[] g) {
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append(i == 0 ? "::" : ":");
                i += bestLen - 1;
                continue;
            }
            sb.append(Integer.toHexString(g[i]));
            if (i < 7) {
                sb.append(':');
            }
        }
        return sb.toString();
    }
}
