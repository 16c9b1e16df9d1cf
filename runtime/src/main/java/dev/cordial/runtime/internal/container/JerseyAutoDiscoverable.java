package dev.cordial.runtime.internal.container;

import dev.cordial.runtime.CordialFeature;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Jersey's hook for registering {@link CordialFeature} with no user code (the feature registers
 * the rest, its exception mapper included). Only Jersey reads
 * {@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}, so this class is
 * loaded only when Jersey is present.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public final class JerseyAutoDiscoverable implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(CordialFeature.class)) {
            context.register(CordialFeature.class);
        }
    }
}
