package dev.cordial.it.payara;

import dev.cordial.it.app.ContractResources;
import dev.cordial.it.app.ConfiguredResource;
import dev.cordial.it.app.ExportResource;
import dev.cordial.it.app.HostileResources;
import dev.cordial.it.app.InvocationsResource;
import dev.cordial.it.app.NarrowResource;
import dev.cordial.it.app.OrderConflictMapper;
import dev.cordial.it.app.OrdersResource;
import dev.cordial.it.app.PreviewResource;
import dev.cordial.it.app.ProfileResource;
import dev.cordial.it.app.PublicResource;
import dev.cordial.it.app.SecureResource;
import dev.cordial.it.app.SessionAuthFilter;
import dev.cordial.it.app.VaryResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared application as the WAR deploys it: {@code TestApp}'s and {@code HostileApp}'s classes
 * and properties (those two are left out of the WAR, since Payara deploys every
 * {@code @ApplicationPath} class it finds and both claim {@code /api}), {@link InvocationsResource}
 * for the tests in another process, and {@link UnsetPropertyResource}. It lists its classes, as
 * TestApp does, rather than letting Payara scan: a scanned WAR hands Jersey the shared jar's
 * {@code @Path} interfaces ({@code ProfileApi}, {@code ContractApi.*}) without the classes
 * implementing them, which carry no {@code @Path}, and Cordial refuses that application (see
 * docs/spec/startup.md). Nothing of Cordial's is listed: Jersey's auto-discovery brings it.
 * {@code PayaraTck} checks the lists stay TestApp's and HostileApp's.
 */
@ApplicationPath("api")
public class PayaraApp extends Application {

    static final Set<Class<?>> TEST_APP = Set.of(OrdersResource.class, PublicResource.class, VaryResource.class,
            ProfileResource.class, SecureResource.class, ExportResource.class, NarrowResource.class,
            PreviewResource.class, ConfiguredResource.FromApplication.class, ConfiguredResource.FromSystemProperty.class,
            ConfiguredResource.FromEnvironment.class, ConfiguredResource.FromPlatform.class, OrderConflictMapper.class,
            SessionAuthFilter.class, ContractResources.ContractResource.class, ContractResources.StringStore.class,
            ContractResources.StringNotes.class, ContractResources.ChildResource.class);

    static final Set<Class<?>> HOSTILE_APP = Set.of(HostileResources.Exact.class, HostileResources.Pattern.class,
            HostileResources.Loopback.class, HostileResources.FromProperty.class);

    /** TestApp's and HostileApp's properties (TestApp.ORIGINS_PROPERTY, HostileApp.PROPERTY and their values). */
    static final Map<String, Object> PROPERTIES = Map.of(
            "cordial.it.origins", "https://config.example.com, https://*.tenants.example.com",
            "cordial.it.hostile.origins", "https://configured.example.com");

    @Override
    public Set<Class<?>> getClasses() {
        return Stream.of(TEST_APP, HOSTILE_APP, Set.of(InvocationsResource.class, UnsetPropertyResource.class))
                .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<String, Object> getProperties() {
        return PROPERTIES;
    }
}
