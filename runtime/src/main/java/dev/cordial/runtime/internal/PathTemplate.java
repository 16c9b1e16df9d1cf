package dev.cordial.runtime.internal;

/**
 * Jakarta REST path templates in the one canonical form the processor compares and the runtime
 * matches: a leading {@code /}, no trailing or doubled {@code /}, and each parameter reduced to what
 * decides matching. {@code {id}} and {@code {name}} both become {@code {}}, the default
 * {@code [^/]+}; {@code {id: [0-9]+}} becomes {@code {[0-9]+}}.
 */
public final class PathTemplate {

    private PathTemplate() {}

    /** Joins a class-level and a method-level {@code @Path} value (either may be empty). */
    public static String join(String classPath, String methodPath) {
        return normalize(classPath + "/" + methodPath);
    }

    public static String normalize(String template) {
        StringBuilder out = new StringBuilder("/");
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = closingBrace(template, i);
                String inside = template.substring(i + 1, end);
                int colon = inside.indexOf(':');
                String regex = colon < 0 ? "" : inside.substring(colon + 1).strip();
                out.append('{').append(regex.equals("[^/]+") ? "" : regex).append('}');
                i = end + 1;
            } else if (c == '/') {
                if (out.charAt(out.length() - 1) != '/') {
                    out.append('/');
                }
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** Index of the brace closing the one at {@code open}, counting nested regex braces. */
    static int closingBrace(String template, int open) {
        int depth = 0;
        for (int i = open; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced braces in path template \"" + template + "\"");
    }
}
