package dev.cordial.testing;

import dev.cordial.core.path.PathTemplate;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a path template into a request path by giving each variable a sample value its regular
 * expression accepts. The sample only has to reach the route: Cordial decides on the path's template,
 * so whether an order 1 exists does not matter. A template the caller gave a path for uses that path.
 */
final class PathSamples {

    /** Tried in order; "1" first because identifiers are most often numeric. */
    private static final String[] CANDIDATES = {"1", "x", "a", "1.0", "A", "-"};

    private final Map<String, String> overrides;

    PathSamples(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * The request path for {@code template}, relative to the application path (no leading "/"), or
     * {@code null} when no candidate matches some variable's expression.
     */
    String pathFor(String template) {
        String path = overrides.get(template);
        if (path == null) {
            try {
                path = PathTemplate.expand(template, PathSamples::sample);
            } catch (IllegalArgumentException e) { // unbalanced braces: no path reaches it
                return null;
            }
            if (path == null) {
                return null;
            }
        }
        return path.replaceFirst("^/+", "");
    }

    private static String sample(String regex) {
        try {
            Pattern pattern = Pattern.compile(regex);
            for (String candidate : CANDIDATES) {
                if (pattern.matcher(candidate).matches()) {
                    return candidate;
                }
            }
        } catch (PatternSyntaxException e) {
            return null;
        }
        return null;
    }
}
