package com.example.shop;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** What both server tests check: headers for the shop's origin, a 403 for any other. */
public final class CorsCheck {

    private CorsCheck() {}

    /** Returns a description of the first mismatch, or {@code null} when the server behaves. */
    public static String check(URI shopBase) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> allowed = client.send(HttpRequest.newBuilder(shopBase.resolve("cart"))
                .header("Origin", "https://shop.example.com").build(), HttpResponse.BodyHandlers.ofString());
        if (allowed.statusCode() != 200
                || !allowed.headers().allValues("Access-Control-Allow-Origin").equals(List.of("https://shop.example.com"))
                || !allowed.headers().allValues("Access-Control-Allow-Credentials").equals(List.of("true"))) {
            return "allowed origin: " + allowed.statusCode() + " " + allowed.headers().map();
        }
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(shopBase.resolve("cart"))
                .header("Origin", "https://evil.example.com").build(), HttpResponse.BodyHandlers.ofString());
        if (refused.statusCode() != 403 || refused.headers().firstValue("Access-Control-Allow-Origin").isPresent()) {
            return "other origin: " + refused.statusCode() + " " + refused.headers().map();
        }
        return null;
    }
}
