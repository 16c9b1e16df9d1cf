package dev.cordial.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Starts the demo: the page on {@code http://localhost:8080}, the API on
 * {@code http://localhost:8081}. Same site, cross origin: cookies flow and CORS applies. Change
 * the ports with {@code -Dpage.port=...} and {@code -Dapi.port=...} (or {@code --page-port=},
 * {@code --api-port=}). Ctrl+C stops both.
 */
public final class DemoMain {

    private DemoMain() {}

    public static void main(String[] args) throws Exception {
        int pagePort = port(args, "page", 8080);
        int apiPort = port(args, "api", 8081);
        String pageOrigin = "http://localhost:" + pagePort;
        String apiBase = "http://localhost:" + apiPort + "/api";

        org.glassfish.grizzly.http.server.HttpServer api = GrizzlyHttpServerFactory.createHttpServer(
                URI.create("http://localhost:" + apiPort + "/"), ResourceConfig.forApplication(new DemoApp(pageOrigin)),
                true);
        HttpServer page = pageServer(pagePort, apiBase);
        page.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            page.stop(0);
            api.shutdownNow();
            stopped.countDown();
        }));
        System.out.println();
        System.out.println("Cordial demo");
        System.out.println("  page: " + pageOrigin + "/   <- open this in a browser");
        System.out.println("  API:  " + apiBase + "/");
        System.out.println("Ctrl+C stops both.");
        stopped.await();
    }

    /** Serves index.html with the API's URL filled in. */
    static HttpServer pageServer(int port, String apiBase) throws IOException {
        String html;
        try (InputStream in = DemoMain.class.getResourceAsStream("index.html")) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__API__", apiBase);
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", exchange -> {
            boolean index = exchange.getRequestURI().getPath().equals("/");
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(index ? 200 : 404, index ? body.length : -1);
            if (index) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        return server;
    }

    private static int port(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "-port=")) {
                return Integer.parseInt(arg.substring(name.length() + 8));
            }
        }
        return Integer.getInteger(name + ".port", fallback);
    }
}
