package dev.cordial.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A reverse proxy that drops {@code Access-Control-Allow-Credentials} from every response, as a
 * misconfigured CDN or gateway header allow-list does: the application behind it is correct, the
 * deployment is not, and only a check against the running deployment can tell. Given a rewrite, it
 * breaks the response headers in that way instead ({@link #rewriting}).
 */
final class StrippingProxy implements AutoCloseable {

    /** Hop-by-hop or computed headers, which each side sets itself (and HttpClient refuses to set). */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "keep-alive", "transfer-encoding", "date");

    /** Changes a response's headers after they were copied from the backend; the request method is given. */
    interface Rewrite {
        void apply(String method, com.sun.net.httpserver.Headers headers);
    }

    private final HttpServer server;
    private final Rewrite rewrite;
    private final Set<String> stripped;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Forwards everything from a loopback port chosen at run time to {@code backend}'s host and port. */
    StrippingProxy(URI backend) throws IOException {
        this(backend, Set.of("access-control-allow-credentials"), (method, headers) -> {});
    }

    /** Forwards everything, then applies {@code rewrite} to each response's headers. */
    static StrippingProxy rewriting(URI backend, Rewrite rewrite) throws IOException {
        return new StrippingProxy(backend, Set.of(), rewrite);
    }

    private StrippingProxy(URI backend, Set<String> stripped, Rewrite rewrite) throws IOException {
        this.stripped = stripped;
        this.rewrite = rewrite;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> forward(exchange, backend));
        server.start();
    }

    /** {@code backendUrl} with the proxy's host and port. */
    URI front(URI backendUrl) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + backendUrl.getRawPath());
    }

    private void forward(HttpExchange exchange, URI backend) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(backend.resolve(exchange.getRequestURI().toString()))
                    .method(exchange.getRequestMethod(), body.length == 0
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            copy(exchange.getRequestHeaders(), (name, value) -> request.header(name, value), Set.of());
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            copy(response.headers().map(), exchange.getResponseHeaders()::add, stripped);
            rewrite.apply(exchange.getRequestMethod(), exchange.getResponseHeaders());
            boolean empty = response.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : response.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copy(Map<String, List<String>> from, BiConsumer<String, String> to,
            Set<String> stripped) {
        from.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NOT_FORWARDED.contains(lower) && !stripped.contains(lower) && !lower.startsWith(":")) {
                values.forEach(value -> to.accept(name, value));
            }
        });
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
