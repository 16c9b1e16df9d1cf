package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertNull;

import io.undertow.Undertow;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.junit.jupiter.api.Test;

class ResteasyShopTest {
    @Test
    void corsHeadersWithNoRegistrationCode() throws Exception {
        var server = new UndertowJaxrsServer() {
            int port() {
                return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
            }
        };
        server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
        try {
            server.deploy(ShopApp.class, "/");
            assertNull(CorsCheck.check(URI.create("http://127.0.0.1:" + server.port() + "/shop/")));
        } finally {
            server.stop();
        }
    }
}
