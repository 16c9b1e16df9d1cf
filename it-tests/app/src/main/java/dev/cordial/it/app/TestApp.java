package dev.cordial.it.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The application every server runs. It registers nothing of Cordial's: auto-discovery does. */
@ApplicationPath("api")
public class TestApp extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OrdersResource.class, PublicResource.class, VaryResource.class, ProfileResource.class,
                SecureResource.class, ExportResource.class, NarrowResource.class, OrderConflictMapper.class, SessionAuthFilter.class);
    }
}
