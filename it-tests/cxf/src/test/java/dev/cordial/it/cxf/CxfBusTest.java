package dev.cordial.it.cxf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cordial.it.app.ExplicitlyRegisteredApp;
import dev.cordial.it.app.Invocations;
import dev.cordial.it.app.TestApp;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.bus.extension.ExtensionManagerBus;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.utils.ResourceUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The ways a CXF application's own bus or factory could leave Cordial out: each must end with
 * Cordial enforcing, or with a server that refuses to start naming the cause and the fix; never
 * with an {@code @AllowCredentials} resource served unprotected.
 */
class CxfBusTest {

    private static final String EVIL = "https://evil.example.com";

    /** The factory bean the application would get, but one that never applies the bus's features. */
    static final class NoBusFeatures extends JAXRSServerFactoryBean {
        @Override
        protected void applyBusFeatures(Bus bus) {
            // as a hand-written subclass or another framework's factory might
        }
    }

    private static void assertProtected(CxfServer server) throws Exception {
        int before = Invocations.count("orders.list");
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.baseUri().resolve("orders"))
                        .header("Origin", EVIL).header("Cookie", "session=alice").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("a refused origin on an @AllowCredentials method").isEqualTo(403);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(Invocations.count("orders.list")).as("the method ran").isEqualTo(before);
    }

    @Test
    @DisplayName("a bus whose features were replaced (bus.setFeatures, as <cxf:bus><cxf:features> does) still gets Cordial")
    void replacedBusFeatures() throws Exception {
        Bus bus = BusFactory.newInstance().createBus();
        bus.setFeatures(List.of());
        try (CxfServer server = CxfServer.start(new TestApp(), 0, bus, UnaryOperator.identity())) {
            assertProtected(server);
        }
    }

    @Test
    @DisplayName("a bus built by hand and never initialised (no non-deferred extension loaded) still gets Cordial")
    void uninitialisedBus() throws Exception {
        Bus bus = new ExtensionManagerBus();
        try (CxfServer server = CxfServer.start(new TestApp(), 0, bus, UnaryOperator.identity())) {
            assertProtected(server);
        }
    }

    @Test
    @DisplayName("a factory that does not apply the bus's features refuses to start, naming the cause and the fix")
    void factoryWithoutBusFeaturesRefuses() {
        Throwable thrown = catchThrowable(() -> CxfServer.start(new TestApp(), 0, BusFactory.newInstance().createBus(),
                given -> copy(given, new TestApp())).close());
        assertThat(thrown).as("the server started with @AllowCredentials resources and no Cordial").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.append(t).append('\n');
        }
        assertThat(messages.toString())
                .contains("Cordial is not on it")
                .contains("dev.cordial.it.app.OrdersResource")
                .contains("applyBusFeatures")
                .contains("register dev.cordial.runtime.CordialFeature");
    }

    @Test
    @DisplayName("the same factory with CordialFeature registered by hand starts, and enforces")
    void factoryWithoutBusFeaturesAndCordialByHand() throws Exception {
        try (CxfServer server = CxfServer.start(new ExplicitlyRegisteredApp(), 0, BusFactory.newInstance().createBus(),
                given -> copy(given, new ExplicitlyRegisteredApp()))) {
            assertProtected(server);
        }
    }

    /** CXF's factory bean for {@code app}, built the way {@link CxfServer} builds it, but as {@link NoBusFeatures}. */
    private static JAXRSServerFactoryBean copy(JAXRSServerFactoryBean given, jakarta.ws.rs.core.Application app) {
        JAXRSServerFactoryBean built = ResourceUtils.createApplication(app, false, false, false, given.getBus());
        NoBusFeatures bean = new NoBusFeatures();
        bean.setResourceClasses(built.getResourceClasses());
        bean.setProviders(built.getProviders());
        bean.getFeatures().addAll(built.getFeatures());
        bean.setApplication(app);
        bean.getProperties(true).putAll(app.getProperties());
        return bean;
    }
}
