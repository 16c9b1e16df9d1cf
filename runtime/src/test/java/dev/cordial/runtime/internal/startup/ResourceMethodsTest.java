package dev.cordial.runtime.internal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a resource method is known at startup, whatever the container reports. */
class ResourceMethodsTest {

    @Path("store")
    interface Store<T> {
        @PUT
        @AllowCredentials(origins = "https://app.example.com")
        String put(T body);

        @GET
        String get();

        @Path("sub")
        Object locator();
    }

    static class StringStore implements Store<String> {
        @Override
        public String put(String body) {
            return body;
        }

        @Override
        public String get() {
            return "";
        }

        @Override
        public Object locator() {
            return this;
        }
    }

    @Path("plain")
    @AllowCredentials(origins = "https://app.example.com")
    static class Annotated {
        @GET
        public String get() {
            return "";
        }

        @Path("sub")
        public Object locator() {
            return this;
        }
    }

    static class Child extends Annotated {
        @GET
        @Path("more")
        public String more() {
            return "";
        }
    }

    @Test
    void interfaceMethodReportedByTheContainerLeadsToTheImplementationsMethod() throws Exception {
        Method reported = Store.class.getMethod("put", Object.class);
        Method handling = ResourceMethods.handling(StringStore.class, reported);
        assertThat(handling).isEqualTo(StringStore.class.getMethod("put", String.class));
    }

    @Test
    void aBridgeReportedByTheContainerLeadsToItsTarget() throws Exception {
        Method bridge = StringStore.class.getMethod("put", Object.class);
        assertThat(bridge.isBridge()).isTrue();
        assertThat(ResourceMethods.handling(StringStore.class, bridge))
                .isEqualTo(StringStore.class.getMethod("put", String.class));
    }

    @Test
    void aGenericMethodIsKnownByItsOwnAndItsErasedKey() throws Exception {
        Method own = StringStore.class.getMethod("put", String.class);
        assertThat(ResourceMethods.keys(StringStore.class, own, own))
                .containsExactlyInAnyOrder("put(java.lang.String)", "put(java.lang.Object)");
    }

    @Test
    void anAnnotationOnTheInterfaceMethodCoversTheImplementation() throws Exception {
        Method own = StringStore.class.getMethod("put", String.class);
        Set<String> keys = ResourceMethods.keys(StringStore.class, own, own);
        assertThat(ResourceMethods.annotatedOwner(StringStore.class, keys)).isEqualTo(Store.class);
        Method get = StringStore.class.getMethod("get");
        assertThat(ResourceMethods.annotatedOwner(StringStore.class, ResourceMethods.keys(StringStore.class, get, get)))
                .isNull();
    }

    @Test
    void aClassLevelAnnotationCoversResourceMethodsOfItsMembersOnly() throws Exception {
        Method get = Child.class.getMethod("get");
        assertThat(ResourceMethods.annotatedOwner(Child.class, ResourceMethods.keys(Child.class, get, get)))
                .isEqualTo(Annotated.class);
        Method more = Child.class.getMethod("more");
        assertThat(ResourceMethods.annotatedOwner(Child.class, ResourceMethods.keys(Child.class, more, more)))
                .as("a method the annotated class does not have").isNull();
        Method locator = Annotated.class.getMethod("locator");
        assertThat(ResourceMethods.annotatedOwner(Annotated.class,
                ResourceMethods.keys(Annotated.class, locator, locator))).as("a locator").isNull();
    }
}
