package dev.cordial.it.springsecurity;

import dev.cordial.it.app.ServerCase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests shared by the Spring Security tests. */
abstract class SecurityCase extends ServerCase {

    HttpResponse<String> preflight(String path, String origin, String method) throws Exception {
        return send(request(path, origin).header("Access-Control-Request-Method", method)
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> post(String path, String origin, String authorization) throws Exception {
        HttpRequest.Builder b = request(path, origin).header("Content-Type", "text/plain");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString("coffee")));
    }
}
