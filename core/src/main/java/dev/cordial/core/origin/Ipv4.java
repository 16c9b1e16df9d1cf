package dev.cordial.core.origin;

/**
 * The URL Standard's IPv4 rules: when a host "ends in a number" it must be an IPv4 address, which
 * browsers accept in decimal, octal ({@code 0177}) or hexadecimal ({@code 0x7f}) parts, one to
 * four of them, and serialize as four decimal numbers.
 */
final class Ipv4 {

    private Ipv4() {}

    /** True when the last label (after a trailing dot is dropped) is a number: all digits, or 0x... */
    static boolean endsInANumber(String host) {
        int end = host.length();
        if (end > 0 && host.charAt(end - 1) == '.') {
            if (host.indexOf('.') == end - 1) {
                return false; // a single label followed by a dot
            }
            end--;
        }
        int start = host.lastIndexOf('.', end - 1) + 1;
        if (start == end) {
            return false;
        }
        boolean digits = true;
        for (int i = start; i < end; i++) {
            char c = host.charAt(i);
            digits &= c >= '0' && c <= '9';
        }
        return digits || number(host.substring(start, end)) >= 0;
    }

    /** The dotted-decimal serialization, or {@code null} when the host is not an IPv4 address. */
    static String serialize(String host) {
        String[] parts = host.split("\\.", -1);
        int count = parts.length;
        if (count > 1 && parts[count - 1].isEmpty()) {
            count--;
        }
        if (count > 4) {
            return null;
        }
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = parts[i].isEmpty() ? -1 : number(parts[i]);
            if (numbers[i] < 0 || i < count - 1 && numbers[i] > 255) {
                return null;
            }
        }
        if (numbers[count - 1] >= 1L << (8 * (5 - count))) {
            return null;
        }
        long address = numbers[count - 1];
        for (int i = 0; i < count - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        return (address >>> 24) + "." + (address >>> 16 & 255) + "." + (address >>> 8 & 255) + "." + (address & 255);
    }

    /** One part: decimal, {@code 0x} hexadecimal or {@code 0} octal; capped above 2^32; -1 if not a number. */
    private static long number(String part) {
        int radix = 10;
        int i = 0;
        if (part.length() >= 2 && part.charAt(0) == '0' && (part.charAt(1) == 'x' || part.charAt(1) == 'X')) {
            radix = 16;
            i = 2;
        } else if (part.length() >= 2 && part.charAt(0) == '0') {
            radix = 8;
            i = 1;
        }
        long value = 0;
        for (; i < part.length(); i++) {
            int digit = Character.digit(part.charAt(i), radix);
            if (digit < 0 || part.charAt(i) > 0x7f) {
                return -1;
            }
            value = Math.min(value * radix + digit, 1L << 33);
        }
        return value;
    }
}
