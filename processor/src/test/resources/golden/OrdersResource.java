package com.example;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("orders")
@AllowCredentials(
        origins = {"https://app.example.com", "https://*.preview.example.com"},
        originsProperty = "orders.origins",
        allowHeaders = "Content-Type",
        exposeHeaders = {"X-Total-Count", "ETag"},
        maxAge = 600)
public class OrdersResource {
    @GET
    public String list() {
        return "[]";
    }

    @POST
    public String create(String body) {
        return body;
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return "{}";
    }

    @DELETE
    @Path("{id}")
    @AllowCredentials(origins = "https://admin.example.com")
    public void remove(@PathParam("id") long id) {}

    @DELETE
    @Path("batch")
    @AllowCredentials(origins = "https://admin.example.com")
    public void remove(long[] ids, String reason) {}

    public String notAResourceMethod() {
        return "";
    }
}
