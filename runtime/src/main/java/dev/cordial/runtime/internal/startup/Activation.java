package dev.cordial.runtime.internal.startup;

import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.routing.RouteTable;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Whether Cordial is active in one application, and the line that says so. Jakarta REST has no
 * portable "started" event, and every resource method is configured before the first request, so
 * the first request asks: if the container handed Cordial's binder its resource methods, it logs
 * how many it bound under how many policies (and the resolved route table when asked); if the
 * binder never ran, the container ignored it, and every request is refused rather than served
 * unprotected.
 */
public final class Activation {

    private static final Logger LOG = Logger.getLogger("dev.cordial");

    private final RouteTable routes;
    private final Set<Object> policies = Collections.newSetFromMap(new IdentityHashMap<>());
    private int boundMethods;
    private volatile boolean announced;
    private volatile boolean configured;
    private volatile boolean dump;

    public Activation(RouteTable routes) {
        this.routes = routes;
    }

    /** Records that the container handed Cordial's binder a resource method. */
    public void configured() {
        configured = true;
    }

    /** Asks for the resolved table in the log on the first request ({@code cordial.routes.dump}). */
    public void dumpOnFirstRequest() {
        dump = true;
    }

    /** Counts one resource method bound under {@code policy} (a generated constant, before property origins). */
    public synchronized void bound(Object policy) {
        boundMethods++;
        policies.add(policy);
    }

    /**
     * Called by every request before anything else: true once the container has handed Cordial's
     * binder its resource methods. The first call logs, once per application, the startup line, or,
     * if the binder never ran, why every request is refused.
     */
    public boolean active() {
        announce();
        return configured;
    }

    /**
     * Logs, once per application, the startup line, or, if the binder never ran, why every request
     * will be refused: at startup where the container says the application has started (Jersey's
     * application events), else with the first request.
     */
    public void announce() {
        if (!announced) {
            synchronized (this) {
                if (!announced) {
                    announced = true;
                    if (configured) {
                        LOG.info(summary());
                        if (dump) {
                            LOG.info(routes.dump());
                        }
                    } else {
                        LOG.severe(Messages.binderNeverRan());
                    }
                }
            }
        }
    }

    /** {@code "Cordial: 12 resource methods bound under 5 policies"}. */
    public synchronized String summary() {
        return Messages.summary(boundMethods, policies.size());
    }
}
