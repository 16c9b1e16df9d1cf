package dev.cordial.testing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a verification found: one {@link Line} per route, HTTP method and check, in the order the
 * checks ran. Only {@link Outcome#FAIL} lines fail it; {@code WARN} and {@code SKIP} lines say what
 * was not verified and why.
 */
public final class VerificationReport {

    /** The verdict of one line. */
    public enum Outcome { PASS, FAIL, WARN, SKIP }

    /**
     * One check on one route.
     *
     * @param outcome the verdict
     * @param route HTTP method and path template, {@code GET /orders/{id}}
     * @param check what was checked: {@code allowed-origin}, {@code preflight}, {@code refused[suffix]}, ...
     * @param problem what was wrong, or why nothing was checked; empty on a pass
     * @param evidence the request sent and the status and headers received; empty when nothing was sent
     */
    public record Line(Outcome outcome, String route, String check, String problem, String evidence) {
        /** {@code FAIL GET /orders allowed-origin: <problem> | <evidence>}. */
        @Override
        public String toString() {
            return outcome + " " + route + " " + check + (problem.isEmpty() ? "" : ": " + problem)
                    + (evidence.isEmpty() ? "" : " | " + evidence);
        }
    }

    /** The check of the one line a base URL that does not answer at all gets. */
    static final String REACHABLE = "reachable";

    private final List<Line> lines;

    VerificationReport(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Line> failures() {
        return lines.stream().filter(l -> l.outcome() == Outcome.FAIL).toList();
    }

    /**
     * False when the base URL did not answer at all: then the report holds only the line
     * {@code FAIL - reachable: cannot reach URL: ...}, and no route was checked.
     */
    public boolean reached() {
        return lines.stream().noneMatch(l -> l.check().equals(REACHABLE) && l.outcome() == Outcome.FAIL);
    }

    public boolean passed() {
        return failures().isEmpty();
    }

    /**
     * Throws an {@link AssertionError} listing every failed line, so that a JUnit (or any) test fails
     * with the evidence in its message; does nothing when every check passed.
     */
    public void assertPassed() {
        List<Line> failures = failures();
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " of " + lines.size() + " Cordial checks failed:\n"
                    + failures.stream().map(Line::toString).collect(Collectors.joining("\n")));
        }
    }

    /** {@code 412 lines: 400 passed, 0 failed, 2 warnings, 10 skipped}. */
    public String summary() {
        return lines.size() + " lines: " + count(Outcome.PASS) + " passed, " + count(Outcome.FAIL) + " failed, "
                + count(Outcome.WARN) + " warnings, " + count(Outcome.SKIP) + " skipped";
    }

    private long count(Outcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }

    /** Every line, then the summary. */
    @Override
    public String toString() {
        return lines.stream().map(Line::toString).collect(Collectors.joining("\n", "", "\n")) + summary();
    }
}
