package dev.cordial.runtime.internal.container;

import dev.cordial.runtime.internal.routing.RouteTable;
import jakarta.ws.rs.core.Configuration;
import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Puts every resource of a Jersey application into the route table, programmatic ones
 * ({@code Resource.builder("orders/special")}) included: no reflection can find those, and without
 * them an annotated {@code orders/{id}} would answer preflights for {@code orders/special}. Loaded by
 * name, only when {@code CordialFeature} runs on Jersey.
 */
public final class JerseyRoutes implements ModelProcessor {

    private final RouteTable routes;

    public JerseyRoutes(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
        for (Resource root : model.getRootResources()) {
            String path = root.getPath() == null ? "" : root.getPath();
            add(path, "", root);
            for (Resource child : root.getChildResources()) {
                add(path, child.getPath() == null ? "" : child.getPath(), child);
            }
        }
        return model;
    }

    private void add(String classPath, String methodPath, Resource resource) {
        for (ResourceMethod method : resource.getResourceMethods()) {
            if (method.getHttpMethod() != null) {
                routes.add(classPath, methodPath, method.getHttpMethod(), null);
            }
        }
    }

    @Override
    public ResourceModel processSubResource(ResourceModel subResourceModel, Configuration configuration) {
        return subResourceModel;
    }
}
