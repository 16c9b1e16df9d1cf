package com.example.shop;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("cart")
@AllowCredentials(origins = "https://shop.example.com")
public class CartResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String items() {
        return "2 items";
    }
}
