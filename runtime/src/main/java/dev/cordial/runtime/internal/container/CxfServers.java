package dev.cordial.runtime.internal.container;

import dev.cordial.runtime.CordialFeature;
import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.filter.PreflightFilter;
import dev.cordial.runtime.internal.startup.ResourceMethods;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.AbstractPortableFeature;
import org.apache.cxf.feature.Feature;
import org.apache.cxf.jaxrs.JAXRSServiceFactoryBean;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.provider.ServerProviderFactory;
import org.apache.cxf.service.factory.AbstractServiceFactoryBean;
import org.apache.cxf.service.factory.FactoryBeanListener;

/**
 * Apache CXF's way in: CXF reads no {@code META-INF/services} provider file, but every bus loads
 * the extensions that {@code META-INF/cxf/bus-extensions.txt} names, this one among them. Only CXF
 * reads that file, so this class is loaded only when CXF is present.
 *
 * <p>Two hooks, because either alone can be lost:
 * <ul>
 *   <li>A bus-level CXF feature. {@code JAXRSServerFactoryBean.create()} applies every feature of
 *       the bus to each server after setting up its providers and before handing resource methods
 *       to the {@code DynamicFeature}s; there it adds {@link CordialFeature} to the server's
 *       {@code ServerProviderFactory}, unless the application registered it by hand. The bus adds
 *       it to its features when the bus is initialised (the extension is not deferred).</li>
 *   <li>A factory-bean listener, which CXF's {@code FactoryBeanListenerManager} finds among the bus
 *       extensions whenever a service factory is given the bus, initialised or not. Before each
 *       server it puts the feature back on the bus if it is missing ({@code bus.setFeatures(...)},
 *       as a Spring {@code <cxf:bus><cxf:features>} does, replaces the whole list; a bus built by
 *       hand and never initialised never added it). After each server it checks that Cordial is on
 *       it, and refuses the server when an {@code @AllowCredentials} resource would be served
 *       without Cordial.</li>
 * </ul>
 */
public final class CxfServers implements AbstractPortableFeature, FactoryBeanListener {

    /** Where {@code AbstractJAXRSFactoryBean} keeps a server's provider factory on its endpoint. */
    private static final String SERVER_FACTORY = ServerProviderFactory.class.getName();

    /** Loaded by the bus: the extension's one instance per bus. */
    public CxfServers(Bus bus) {
        addTo(bus);
    }

    /** For a bus configured by hand (a Spring {@code <cxf:bus><cxf:features>} bean, say). */
    public CxfServers() {}

    private void addTo(Bus bus) {
        Collection<Feature> features = bus.getFeatures();
        if (features == null) {
            return; // the check after the server is created refuses it
        }
        for (Feature f : features) {
            if (f instanceof CxfServers) {
                return;
            }
        }
        try {
            features.add(this);
        } catch (UnsupportedOperationException e) {
            // a bus whose features cannot change: the check after the server is created refuses it
        }
    }

    @Override
    public void handleEvent(Event ev, AbstractServiceFactoryBean factory, Object... args) {
        if (!(factory instanceof JAXRSServiceFactoryBean jaxrs)) {
            return;
        }
        if (ev == Event.PRE_SERVER_CREATE && factory.getBus() != null) {
            addTo(factory.getBus());
        } else if (ev == Event.SERVER_CREATED && args.length > 0 && args[0] instanceof Server server) {
            ServerProviderFactory providers = providers(server);
            if (providers == null || !hasCordial(providers)) {
                List<String> covered = covered(jaxrs.getClassResourceInfo());
                if (!covered.isEmpty()) {
                    throw new IllegalStateException(Messages.cxfFeatureNotApplied(covered));
                }
            }
        }
    }

    @Override
    public void initialize(Server server, Bus bus) {
        ServerProviderFactory providers = providers(server);
        if (providers != null && !hasCordial(providers)) {
            providers.setUserProviders(List.of(new CordialFeature()));
        }
    }

    private static ServerProviderFactory providers(Server server) {
        if (server == null || server.getEndpoint() == null) {
            return null;
        }
        return server.getEndpoint().get(SERVER_FACTORY) instanceof ServerProviderFactory f ? f : null;
    }

    /**
     * Whether a {@link CordialFeature} already configured this server: registered by hand, or by
     * this feature on a bus that holds it twice. Its pre-matching preflight filter is the mark.
     */
    private static boolean hasCordial(ServerProviderFactory providers) {
        return providers.getPreMatchContainerRequestFilters().stream()
                .anyMatch(p -> p.getProvider() instanceof PreflightFilter);
    }

    /** The resource classes (sub-resources included) that carry {@code @AllowCredentials}. */
    private static List<String> covered(List<ClassResourceInfo> roots) {
        Set<String> names = new LinkedHashSet<>();
        Set<ClassResourceInfo> seen = new LinkedHashSet<>();
        List<ClassResourceInfo> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            ClassResourceInfo cri = todo.remove(todo.size() - 1);
            if (cri == null || !seen.add(cri)) {
                continue;
            }
            Class<?> type = cri.getServiceClass();
            if (type != null && ResourceMethods.annotatedType(type) != null) {
                names.add(type.getName());
            }
            todo.addAll(cri.getSubResources());
        }
        return new ArrayList<>(names);
    }
}
