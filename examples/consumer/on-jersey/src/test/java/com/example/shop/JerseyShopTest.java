package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

class JerseyShopTest {
    @Test
    void corsHeadersWithNoRegistrationCode() throws Exception {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://127.0.0.1:0/"), ResourceConfig.forApplication(new ShopApp()), true);
        try {
            int port = server.getListeners().iterator().next().getPort();
            assertNull(CorsCheck.check(URI.create("http://127.0.0.1:" + port + "/shop/")));
        } finally {
            server.shutdownNow();
        }
    }
}
