package dev.cordial.it.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** The application every server runs. It registers nothing of Cordial's: auto-discovery does. */
@ApplicationPath("api")
public class TestApp extends Application {

    /** Configured origins of {@link ConfiguredResource.FromApplication}. */
    public static final String ORIGINS_PROPERTY = "cordial.it.origins";

    /** Their value. */
    static final String ORIGINS = "https://config.example.com, https://*.tenants.example.com";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(OrdersResource.class, PublicResource.class, VaryResource.class, ProfileResource.class,
                SecureResource.class, ExportResource.class, NarrowResource.class, PreviewResource.class,
                ConfiguredResource.FromApplication.class, ConfiguredResource.FromSystemProperty.class,
                ConfiguredResource.FromEnvironment.class, ConfiguredResource.FromPlatform.class, OrderConflictMapper.class, SessionAuthFilter.class,
                ContractResources.ContractResource.class, ContractResources.StringStore.class,
                ContractResources.StringNotes.class, ContractResources.ChildResource.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(ORIGINS_PROPERTY, ORIGINS);
    }
}
