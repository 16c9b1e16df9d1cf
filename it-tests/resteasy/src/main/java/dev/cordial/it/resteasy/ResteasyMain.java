package dev.cordial.it.resteasy;

import dev.cordial.it.app.TestApp;

/** Starts the integration-test application on RESTEasy and prints its URL; Ctrl+C stops it. */
public final class ResteasyMain {
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.getInteger("port", 8082);
        ResteasyServer server = ResteasyServer.start(new TestApp(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("RESTEasy test app: " + server.baseUri() + "orders   (try: curl -i -H 'Origin: https://app.example.com' "
                + server.baseUri() + "orders)");
        Thread.currentThread().join();
    }
}
