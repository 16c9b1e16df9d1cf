package dev.cordial.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request the verifier sent and what came back, kept whole so that every report line can show its
 * evidence: the request line, the headers sent, the status and the CORS headers received. It never
 * carries credentials: the client has no cookie handler and no authenticator, and no
 * {@code Authorization} header is ever set.
 *
 * @param error why no response arrived, {@code null} when one did
 */
record Exchange(String method, URI uri, Map<String, String> sent, int status,
        Map<String, List<String>> received, String error) {

    static final String ACAO = "Access-Control-Allow-Origin";
    static final String ACAC = "Access-Control-Allow-Credentials";
    /** Cordial's debug mode: the reason of a refusal, which a production deployment must not send. */
    static final String REFUSAL = "Cordial-Refusal";
    static final String ACAM = "Access-Control-Allow-Methods";
    static final String ACAH = "Access-Control-Allow-Headers";

    /** Sends {@code method} to {@code uri} with {@code headers} (in order) and no body; an I/O error becomes the result. */
    static Exchange send(HttpClient client, String method, URI uri, Map<String, String> headers, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        Map<String, String> sent = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Exchange(method, uri, sent, response.statusCode(), response.headers().map(), null);
        } catch (IOException e) {
            return new Exchange(method, uri, sent, -1, Map.of(), describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying " + uri, e);
        }
    }

    /**
     * {@code ConnectException: Connection refused}: the exception's name and the first message along
     * its causes, since HttpClient's own exceptions often carry none.
     */
    static String describe(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null && message == null; t = t.getCause()) {
            message = t.getMessage();
        }
        if (message == null && e instanceof java.net.ConnectException) {
            message = "connection refused"; // what HttpClient's message-less ConnectException means
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Every value of the response header {@code name} (case-insensitive), each header line separate. */
    List<String> values(String name) {
        List<String> values = new ArrayList<>();
        received.forEach((key, list) -> {
            if (key.equalsIgnoreCase(name)) {
                values.addAll(list);
            }
        });
        return values;
    }

    /** The comma-separated tokens of every {@code name} header, trimmed, as sent. */
    List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String value : values(name)) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    tokens.add(token.trim());
                }
            }
        }
        return tokens;
    }

    /** Whether a {@code name} header lists {@code token}, ignoring case (header names, Vary). */
    boolean listsIgnoringCase(String name, String token) {
        return tokens(name).stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(token.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@code OPTIONS http://host/api/orders [Origin: x, Access-Control-Request-Method: GET] -> 204
     * ACAO=[x] ACAC=[true]}: the request, then the status and the response headers named in
     * {@code shown} (abbreviated: ACAO, ACAC, ACAM, ACAH), an empty list when absent.
     */
    String evidence(String... shown) {
        StringBuilder out = new StringBuilder(method).append(' ').append(uri);
        List<String> sentHeaders = new ArrayList<>();
        sent.forEach((k, v) -> sentHeaders.add(k + ": " + v));
        out.append(sentHeaders.isEmpty() ? " (no Origin)" : " " + sentHeaders);
        if (error != null) {
            return out.append(" -> no response (").append(error).append(')').toString();
        }
        out.append(" -> ").append(status);
        for (String name : shown) {
            out.append(' ').append(ABBREVIATIONS.getOrDefault(name, name)).append('=').append(values(name));
        }
        return out.toString();
    }

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            ACAO, "ACAO", ACAC, "ACAC", ACAM, "ACAM", ACAH, "ACAH");
}
