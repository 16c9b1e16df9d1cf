package dev.cordial.it.cxf;

import dev.cordial.it.app.TestApp;

/** Starts the integration-test application on Apache CXF and prints its URL; Ctrl+C stops it. */
public final class CxfMain {
    public static void main(String[] args) throws InterruptedException {
        int port = Integer.getInteger("port", 8085);
        CxfServer server = CxfServer.start(new TestApp(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("CXF test app: " + server.baseUri() + "orders   (try: curl -i -H 'Origin: https://app.example.com' "
                + server.baseUri() + "orders)");
        Thread.currentThread().join();
    }
}
