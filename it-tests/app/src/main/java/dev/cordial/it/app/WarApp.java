package dev.cordial.it.app;

import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared application as a Jakarta EE server's WAR deploys it (Payara, WildFly): a row's
 * {@code @ApplicationPath("api")} subclass, in the WAR's classes, serves {@link TestApp}'s and
 * {@link HostileApp}'s classes and properties (those two are left out of the WAR's copy of this jar,
 * since the servers deploy every {@code @ApplicationPath} class they find and both claim
 * {@code /api}), {@link InvocationsResource} for the tests in another process, and
 * {@link BrokenConfigApps.UnsetPropertyResource}, whose origins property is set nowhere.
 *
 * <p>It lists its classes, as TestApp does, rather than letting the server scan: a scanned WAR hands
 * Jersey the shared jar's {@code @Path} interfaces ({@code ProfileApi}, {@code ContractApi.*})
 * without the classes implementing them, which carry no {@code @Path}, and Cordial refuses that
 * application (see docs/spec/startup.md). Nothing of Cordial's is listed: the container's discovery
 * brings it. It names neither TestApp nor HostileApp (their lists are copied: {@code WarAppTest}
 * checks they stay the same), so that the WAR can leave them out; the properties' constants are
 * inlined by the compiler.
 */
public abstract class WarApp extends Application {

    /** TestApp's classes. */
    public static final Set<Class<?>> TEST_APP = Set.of(OrdersResource.class, PublicResource.class, VaryResource.class,
            ProfileResource.class, SecureResource.class, ExportResource.class, NarrowResource.class,
            PreviewResource.class, ConfiguredResource.FromApplication.class, ConfiguredResource.FromSystemProperty.class,
            ConfiguredResource.FromEnvironment.class, ConfiguredResource.FromPlatform.class, OrderConflictMapper.class,
            SessionAuthFilter.class, ContractResources.ContractResource.class, ContractResources.StringStore.class,
            ContractResources.StringNotes.class, ContractResources.ChildResource.class);

    /** HostileApp's classes. */
    public static final Set<Class<?>> HOSTILE_APP = Set.of(HostileResources.Exact.class, HostileResources.Pattern.class,
            HostileResources.Loopback.class, HostileResources.FromProperty.class);

    /** TestApp's and HostileApp's properties. */
    public static final Map<String, Object> PROPERTIES = Map.of(TestApp.ORIGINS_PROPERTY, TestApp.ORIGINS,
            HostileApp.PROPERTY, HostileApp.PROPERTY_ORIGINS);

    /**
     * The summary line Cordial logs for it: TestApp's 32 methods under 16 policies, HostileApp's 12
     * under 4, and the unset-property resource's one under one more.
     */
    public static final String EXPECTED_SUMMARY = "Cordial: 45 resource methods bound under 21 policies";

    @Override
    public Set<Class<?>> getClasses() {
        return Stream.of(TEST_APP, HOSTILE_APP, Set.of(InvocationsResource.class, BrokenConfigApps.UnsetPropertyResource.class))
                .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<String, Object> getProperties() {
        return PROPERTIES;
    }
}
