package dev.cordial.core.origin;

/**
 * IPv6 serialization as the WHATWG URL Standard (and so every browser's {@code Origin}) writes it:
 * lowercase hexadecimal, no leading zeros, the first longest run of two or more zero groups
 * compressed to {@code ::}.
 */
final class Ipv6 {

    private Ipv6() {}

    /** The canonical form of an address (no brackets), or {@code null} if browsers refuse it. */
    static String canonical(String address) {
        int[] groups = parse(address);
        return groups == null ? null : serialize(groups);
    }

    /** The URL Standard's IPv6 parser, embedded IPv4 included; {@code null} for failure. */
    private static int[] parse(String s) {
        int[] address = new int[8];
        int pieceIndex = 0;
        int compress = -1;
        int p = 0;
        int n = s.length();
        if (p < n && s.charAt(p) == ':') {
            if (p + 1 >= n || s.charAt(p + 1) != ':') {
                return null;
            }
            p += 2;
            compress = ++pieceIndex;
        }
        while (p < n) {
            if (pieceIndex == 8) {
                return null;
            }
            if (s.charAt(p) == ':') {
                if (compress >= 0) {
                    return null;
                }
                p++;
                compress = ++pieceIndex;
                continue;
            }
            int value = 0;
            int length = 0;
            while (length < 4 && p < n && Character.digit(s.charAt(p), 16) >= 0 && s.charAt(p) < 0x80) {
                value = value * 16 + Character.digit(s.charAt(p), 16);
                p++;
                length++;
            }
            if (p < n && s.charAt(p) == '.') {
                if (length == 0 || pieceIndex > 6) {
                    return null;
                }
                p -= length;
                int numbersSeen = 0;
                while (p < n) {
                    int piece = -1;
                    if (numbersSeen > 0) {
                        if (s.charAt(p) != '.' || numbersSeen >= 4) {
                            return null;
                        }
                        p++;
                    }
                    if (p >= n || s.charAt(p) < '0' || s.charAt(p) > '9') {
                        return null;
                    }
                    while (p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                        int digit = s.charAt(p) - '0';
                        if (piece == 0) {
                            return null; // a leading zero
                        }
                        piece = piece < 0 ? digit : piece * 10 + digit;
                        if (piece > 255) {
                            return null;
                        }
                        p++;
                    }
                    address[pieceIndex] = address[pieceIndex] * 0x100 + piece;
                    numbersSeen++;
                    if (numbersSeen == 2 || numbersSeen == 4) {
                        pieceIndex++;
                    }
                }
                if (numbersSeen != 4) {
                    return null;
                }
                break;
            } else if (p < n && s.charAt(p) == ':') {
                p++;
                if (p >= n) {
                    return null;
                }
            } else if (p < n) {
                return null;
            }
            address[pieceIndex++] = value;
        }
        if (compress >= 0) {
            int swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0) {
                int t = address[pieceIndex];
                address[pieceIndex] = address[compress + swaps - 1];
                address[compress + swaps - 1] = t;
                pieceIndex--;
                swaps--;
            }
        } else if (pieceIndex != 8) {
            return null;
        }
        return address;
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
