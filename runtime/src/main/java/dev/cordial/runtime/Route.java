package dev.cordial.runtime;

import java.util.List;

/**
 * Where a covered resource method answers, as the processor read it at compile time: the
 * resource's and the method's {@code @Path} values as written, the HTTP methods it serves, and the
 * policy that applies. The runtime builds its preflight table from these, relative to the
 * application path.
 */
public record Route(String classPath, String methodPath, CorsPolicy policy, List<String> httpMethods) {

    public Route {
        httpMethods = List.copyOf(httpMethods);
    }

    /** What generated code calls: {@code new Route("orders", "{id}", CLASS_POLICY, "GET")}. */
    public Route(String classPath, String methodPath, CorsPolicy policy, String... httpMethods) {
        this(classPath, methodPath, policy, List.of(httpMethods));
    }
}
