package dev.cordial.runtime.internal.container;

import dev.cordial.runtime.internal.startup.Binder;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Quarkus REST's way in. Its {@code FeatureContext} keeps only filters, interceptors and exception
 * mappers, so the {@code DynamicFeature} that {@code CordialFeature} registers never runs there.
 * Quarkus REST does run {@code @Provider} classes of a jar that has a
 * {@code META-INF/services/jakarta.ws.rs.ext.Providers} file, this one among them; it hands each
 * resource method to the application's binder, which {@code CordialFeature} left in the
 * configuration.
 *
 * <p>Not named in that services file, so RESTEasy (classic), which registers what the file names,
 * does not run it, and Jersey never sees it; where a container runs both, the binder records each
 * route once.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public final class BinderRelay implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (context.getConfiguration().getProperty(Binder.PROPERTY) instanceof DynamicFeature binder) {
            binder.configure(resourceInfo, context);
        }
    }
}
