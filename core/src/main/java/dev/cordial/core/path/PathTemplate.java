package dev.cordial.core.path;

import java.util.function.Function;

/**
 * Jakarta REST path templates in the one canonical form the processor compares and the runtime
 * matches: a leading {@code /}, no trailing or doubled {@code /}, and each parameter reduced to what
 * decides matching. {@code {id}} and {@code {name}} both become {@code {}}, the default
 * {@code [^/]+}; {@code {id: [0-9]+}} becomes {@code {[0-9]+}}.
 */
public final class PathTemplate {

    /** What a parameter without its own expression matches: one segment. */
    private static final String DEFAULT_REGEX = "[^/]+";

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
                String regex = parameterRegex(template, i, end);
                out.append('{').append(regex.equals(DEFAULT_REGEX) ? "" : regex).append('}');
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

    /**
     * A normalized template compiled for matching, with the three numbers Jakarta REST sorts
     * candidates by: literal characters, template parameters, parameters with their own regex.
     */
    public record Compiled(String template, java.util.regex.Pattern pattern, int literals, int params, int regexParams)
            implements Comparable<Compiled> {

        /**
         * As a resource template: the rest of {@code path} after the template ("" or starting with
         * "/"), or {@code null} when it does not match. Templates without parameters compare
         * strings; only the others run their expression.
         */
        public String matchPrefix(String path) {
            return matchPrefix(path, 0);
        }

        /** {@link #matchPrefix(String)} on {@code path} from index {@code from}, where a {@code /} starts it. */
        public String matchPrefix(String path, int from) {
            if (params == 0) {
                String t = template.equals("/") ? "" : template;
                int end = from + t.length();
                return path.startsWith(t, from) && (path.length() == end || path.charAt(end) == '/')
                        ? path.substring(end) : null;
            }
            java.util.regex.Matcher m = pattern.matcher(path).region(from, path.length());
            if (!m.matches()) {
                return null;
            }
            String rest = m.group(m.groupCount());
            return rest == null ? "" : rest;
        }

        /** As a method template: true if it matches all of {@code rest}, a trailing "/" allowed. */
        public boolean matchWhole(String rest) {
            if (params == 0) {
                String r = rest.length() > 1 && rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
                return r.equals(template);
            }
            return pattern.matcher(rest).matches();
        }

        /** Most specific first, as Jakarta REST 3.7.2 orders candidates; ties by template text. */
        @Override
        public int compareTo(Compiled o) {
            if (literals != o.literals) {
                return Integer.compare(o.literals, literals);
            }
            if (params != o.params) {
                return Integer.compare(o.params, params);
            }
            if (regexParams != o.regexParams) {
                return Integer.compare(o.regexParams, regexParams);
            }
            return template.compareTo(o.template);
        }
    }

    /**
     * Compiles a normalized template. The regular expression comes from the application's own
     * {@code @Path} values, never from configuration or requests.
     *
     * @param suffix appended to the expression: {@code "(/.*)?"} for a resource class, so the rest
     *     of the path is captured, {@code "/?"} for a method
     */
    public static Compiled compile(String normalized, String suffix) {
        StringBuilder regex = new StringBuilder("^");
        int literals = 0;
        int params = 0;
        int regexParams = 0;
        String body = normalized.equals("/") ? "" : normalized;
        int i = 0;
        StringBuilder literal = new StringBuilder();
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '{') {
                regex.append(java.util.regex.Pattern.quote(literal.toString()));
                literals += literal.length();
                literal.setLength(0);
                int end = closingBrace(body, i);
                String inner = body.substring(i + 1, end);
                params++;
                if (inner.isEmpty()) {
                    regex.append("[^/]+");
                } else {
                    regexParams++;
                    regex.append("(?:").append(inner).append(')');
                }
                i = end + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (literal.length() > 0) {
            regex.append(java.util.regex.Pattern.quote(literal.toString()));
            literals += literal.length();
        }
        regex.append(suffix).append('$');
        return new Compiled(normalized, java.util.regex.Pattern.compile(regex.toString()), literals, params, regexParams);
    }

    /**
     * The template as a manifest and a report show it, {@code /orders/{id}}: the class-level and
     * method-level values with their outer slashes trimmed, joined by one {@code /}; parameters
     * kept as written.
     */
    public static String asWritten(String classPath, String methodPath) {
        StringBuilder out = new StringBuilder();
        for (String part : new String[] {classPath, methodPath}) {
            int start = 0;
            int end = part.length();
            while (start < end && part.charAt(start) == '/') {
                start++;
            }
            while (end > start && part.charAt(end - 1) == '/') {
                end--;
            }
            if (start < end) {
                out.append('/').append(part, start, end);
            }
        }
        return out.length() == 0 ? "/" : out.toString();
    }

    /**
     * {@code template} with each parameter replaced by {@code value} applied to its regular
     * expression ({@code [^/]+} when it has none), or {@code null} when {@code value} returns
     * {@code null} for one: {@code /items/{id: [0-9]+}} with a sampler becomes {@code /items/1}.
     *
     * @throws IllegalArgumentException if the braces do not balance
     */
    public static String expand(String template, Function<String, String> value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = closingBrace(template, i);
                String sample = value.apply(parameterRegex(template, i, end));
                if (sample == null) {
                    return null;
                }
                out.append(sample);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the first {@code c} in {@code s} outside template braces, or -1. */
    public static int indexOutsideBraces(String s, char c) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char at = s.charAt(i);
            if (at == c && depth == 0) {
                return i;
            }
            depth += at == '{' ? 1 : at == '}' ? -1 : 0;
        }
        return -1;
    }

    /** The regular expression of the parameter between braces at {@code open} and {@code end}. */
    private static String parameterRegex(String template, int open, int end) {
        int colon = template.indexOf(':', open);
        return colon < 0 || colon > end ? DEFAULT_REGEX : template.substring(colon + 1, end).strip();
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
