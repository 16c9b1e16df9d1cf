package dev.cordial.maven;

import dev.cordial.core.manifest.ManifestJson;
import dev.cordial.core.manifest.ManifestRoute;
import dev.cordial.core.manifest.PolicyReport;
import dev.cordial.core.origin.OriginSyntax;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code cordial:report} shows of a module's {@link PolicyReport}: a Markdown table, one row
 * per {@code @AllowCredentials} or {@code @AllowWithoutCredentials} declaration (the latter marked
 * "without credentials"), so that adding an origin to one annotation changes
 * exactly one line and a diff in a pull request shows which origin gained access to what; the same
 * report as JSON (cordial-core's one writer, which the verifier reads back); and the policies the
 * build may be told to refuse.
 */
final class PolicyTable {

    private final PolicyReport report;

    private PolicyTable(PolicyReport report) {
        this.report = report;
    }

    /** The table of the routes of a module's manifests, in any order. */
    static PolicyTable of(List<ManifestRoute> manifestRoutes) {
        return new PolicyTable(PolicyReport.of(manifestRoutes));
    }

    List<PolicyReport.Row> rows() {
        return report.rows();
    }

    /** Patterns ({@code https://*.example.com}) in any policy. */
    List<String> patterns() {
        List<String> out = new ArrayList<>();
        report.rows().forEach(r -> r.patterns().forEach(p -> out.add(p + " (" + r.declaredOn() + ")")));
        return out;
    }

    /**
     * {@code http://} origins or patterns whose host is not loopback: credentials in cleartext, which
     * compile only under {@code dangerouslyAllowCleartextOrigins}; and each declaration with that
     * opt-out and an {@code originsProperty}, which may bring such origins at startup.
     */
    List<String> cleartext() {
        List<String> out = new ArrayList<>();
        for (PolicyReport.Row r : report.rows()) {
            if (!r.credentials()) {
                continue; // no credentials ride on those requests: nothing to read in cleartext
            }
            List<String> all = new ArrayList<>(r.origins());
            all.addAll(r.patterns());
            for (String origin : all) {
                OriginSyntax.Verdict v = OriginSyntax.checkConfigured(origin);
                if (origin.startsWith("http://") && !(v.valid() && OriginSyntax.isLoopback(v.origin()))) {
                    out.add(origin + " (" + r.declaredOn() + ")");
                }
            }
            if (r.dangerouslyAllowCleartextOrigins() && !r.originsProperty().isEmpty()) {
                out.add("http:// origins from property " + r.originsProperty() + " (" + r.declaredOn() + ")");
            }
        }
        return out;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("| declared on | routes | who may read with credentials | request headers"
                + " | exposed headers | max-age |\n| --- | --- | --- | --- | --- | --- |\n");
        for (PolicyReport.Row r : report.rows()) {
            List<String> who = new ArrayList<>();
            if (!r.credentials()) {
                who.add("**without credentials**:");
            }
            r.origins().forEach(o -> who.add(o.equals("*") ? "any origin (`*`)" : o));
            who.addAll(r.patterns());
            if (!r.originsProperty().isEmpty()) {
                who.add("+ property `" + r.originsProperty() + "`");
            }
            if (r.dangerouslyAllowCleartextOrigins()) {
                who.add("**tolerates cleartext http:// origins** (`dangerouslyAllowCleartextOrigins`)");
            }
            if (!r.isolation().equals("APPLICATION")) {
                who.add("isolation `" + r.isolation() + "`");
            }
            md.append("| `").append(r.declaredOn()).append("` | ").append(String.join(", ", r.routes()))
                    .append(" | ").append(String.join(", ", who))
                    .append(" | ").append(orDash(r.allowHeaders()))
                    .append(" | ").append(orDash(r.exposeHeaders()))
                    .append(" | ").append(r.maxAge() < 0 ? "-" : r.maxAge() + " s").append(" |\n");
        }
        return md.toString();
    }

    private static String orDash(List<String> values) {
        return values.isEmpty() ? "-" : String.join(", ", values);
    }

    /** The report as JSON, which the verifier also reads ({@code --manifests cordial-report.json}). */
    String json() {
        return ManifestJson.write(report);
    }
}
