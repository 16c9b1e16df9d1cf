package com.example.shop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** Lists the resources only: nothing of Cordial's is registered here. */
@ApplicationPath("shop")
public class ShopApp extends Application {
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(CartResource.class);
    }
}
