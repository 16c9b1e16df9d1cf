package dev.cordial.processor;

import java.util.HashMap;
import java.util.Map;

/**
 * Every (HTTP method, path template) an annotated resource serves in this compilation, with its
 * policy. A preflight names only the path and the method, so two resource methods answering the
 * same pair under different policies would make the preflight ambiguous: that is an error,
 * reported at the annotation of the one seen second.
 */
final class RouteConflicts {

    private record Claim(PolicyModel policy, String owner) {}

    private final Map<String, Claim> routes = new HashMap<>();

    /** Adds the model's routes if none conflicts; reports each conflict and returns false if any. */
    boolean add(ResourceModel model, Diagnostics report) {
        Map<String, Claim> pending = new HashMap<>();
        boolean clean = true;
        for (ResourceModel.Covered c : model.methods()) {
            String owner = model.type().getSimpleName() + "." + c.methodName() + "()";
            for (String httpMethod : c.httpMethods()) {
                String key = httpMethod + " " + c.template();
                Claim existing = pending.containsKey(key) ? pending.get(key) : routes.get(key);
                if (existing != null && !existing.policy().sameRules(c.policy())) {
                    report.error(Messages.of(c.policy().credentials(),
                            Messages.ambiguousRoute(httpMethod, c.template(), existing.owner())), c.annotated(),
                            c.annotation(), null);
                    clean = false;
                } else if (existing == null) {
                    pending.put(key, new Claim(c.policy(), owner));
                }
            }
        }
        if (clean) {
            routes.putAll(pending);
        }
        return clean;
    }
}
