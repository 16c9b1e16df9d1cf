package dev.cordial.it.app.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.openqa.selenium.json.Json;

/**
 * A WebDriver BiDi connection (https://w3c.github.io/webdriver-bidi/) over the JDK's WebSocket
 * client: commands out, their results back by id; events are ignored. Also the two value
 * conversions a script call needs: Java arguments to BiDi {@code LocalValue}s, a BiDi
 * {@code RemoteValue} result to the Java types {@link Browser#executeAsync} promises.
 * JSON is Selenium's ({@code selenium-json}, already on the class path), which reads an integral
 * number as a {@code Long}.
 */
final class BiDi implements AutoCloseable {

    private static final Json JSON = new Json();

    private final String peer;
    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();

    private BiDi(String peer, URI uri) {
        this.peer = peer;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener())
                .orTimeout(20, TimeUnit.SECONDS)
                .join();
    }

    /** Connects to the BiDi endpoint {@code uri} ({@code ws://host:port/session}) of {@code peer}. */
    static BiDi connect(String peer, URI uri) {
        try {
            return new BiDi(peer, uri);
        } catch (RuntimeException e) {
            throw new BrowserException("could not connect to " + peer + "'s WebDriver BiDi at " + uri, e);
        }
    }

    /** Sends {@code method} with {@code params} and waits up to {@code timeout} for its result. */
    Map<String, Object> send(String method, Map<String, ?> params, Duration timeout) {
        long id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
        pending.put(id, result);
        String message = JSON.toJson(Map.of("id", id, "method", method, "params", params));
        try {
            synchronized (socket) {
                socket.sendText(message, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BrowserException(peer + " answered no " + method + " within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new BrowserException(peer + ": " + method + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserException("interrupted waiting for " + method);
        } finally {
            pending.remove(id);
        }
    }

    @SuppressWarnings("unchecked")
    private void receive(String text) {
        Map<String, Object> message = JSON.toType(text, Json.MAP_TYPE);
        if (!(message.get("id") instanceof Number id)) {
            return; // an event
        }
        CompletableFuture<Map<String, Object>> result = pending.get(id.longValue());
        if (result == null) {
            return;
        }
        if ("error".equals(message.get("type"))) {
            result.completeExceptionally(new BrowserException(message.get("error") + ": " + message.get("message")));
        } else {
            result.complete((Map<String, Object>) message.get("result"));
        }
    }

    private void fail(Throwable cause) {
        pending.values().forEach(f -> f.completeExceptionally(cause));
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                receive(message);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            fail(new BrowserException("the connection closed (" + statusCode + " " + reason + ")"));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            fail(error);
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** {@code value} as a BiDi {@code script.LocalValue}. */
    static Map<String, Object> localValue(Object value) {
        if (value == null) {
            return Map.of("type", "null");
        }
        if (value instanceof String || value instanceof Boolean) {
            return Map.of("type", value instanceof String ? "string" : "boolean", "value", value);
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            Object special = Double.isNaN(d) ? "NaN" : d == Double.POSITIVE_INFINITY ? "Infinity"
                    : d == Double.NEGATIVE_INFINITY ? "-Infinity" : d == 0 && 1 / d < 0 ? "-0" : null;
            return Map.of("type", "number", "value", special != null ? special : d);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Map.of("type", "number", "value", value);
        }
        if (value instanceof List<?> list) {
            return Map.of("type", "array", "value", list.stream().map(BiDi::localValue).toList());
        }
        if (value instanceof Map<?, ?> map) {
            List<List<Object>> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(List.of(String.valueOf(k), localValue(v))));
            return Map.of("type", "object", "value", entries);
        }
        throw new IllegalArgumentException("not a script argument every engine takes: " + value.getClass().getName()
                + " (strings, numbers, booleans, null, lists and maps of those)");
    }

    /** A BiDi {@code script.RemoteValue} as the Java types {@link Browser#executeAsync} promises. */
    static Object javaValue(Map<?, ?> remote) {
        Object type = remote.get("type");
        Object value = remote.get("value");
        switch (String.valueOf(type)) {
            case "undefined", "null":
                return null;
            case "string", "boolean", "date":
                return value;
            case "number":
                return number(value);
            case "array", "set":
                if (value instanceof List<?> items) {
                    return items.stream().map(item -> javaValue((Map<?, ?>) item)).toList();
                }
                break;
            case "object", "map":
                if (value instanceof List<?> entries) {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (Object entry : entries) {
                        List<?> pair = (List<?>) entry;
                        Object key = pair.get(0) instanceof Map<?, ?> k ? javaValue(k) : pair.get(0);
                        map.put(String.valueOf(key), javaValue((Map<?, ?>) pair.get(1)));
                    }
                    return map;
                }
                break;
            default:
                break;
        }
        throw new BrowserException("the script's result holds a value no engine returns the same way: " + remote
                + " (return strings, numbers, booleans, null, arrays and plain objects)");
    }

    /** A JSON number, or one of BiDi's special ones, as a {@code Long} when integral, else a {@code Double}. */
    private static Number number(Object value) {
        double d = switch (String.valueOf(value)) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            case "-0" -> -0.0;
            default -> ((Number) value).doubleValue();
        };
        if (value instanceof Long l) {
            return l;
        }
        return d == Math.rint(d) && Math.abs(d) < 0x1p63 ? (Number) (long) d : (Number) d;
    }
}
