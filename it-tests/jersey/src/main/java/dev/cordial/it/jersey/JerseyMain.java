package dev.cordial.it.jersey;

import dev.cordial.it.app.TestApp;

/** Starts the integration-test application on Jersey and prints its URL; Ctrl+C stops it. */
public final class JerseyMain {
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.getInteger("port", 8081);
        JerseyServer server = JerseyServer.start(new TestApp(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("Jersey test app: " + server.baseUri() + "orders   (try: curl -i -H 'Origin: https://app.example.com' "
                + server.baseUri() + "orders)");
        Thread.currentThread().join();
    }
}
