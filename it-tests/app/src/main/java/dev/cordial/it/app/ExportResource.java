package dev.cordial.it.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Not annotated, and more specific than {@code orders/{id}}: a preflight here is the
 * application's business, not Cordial's.
 */
@Path("orders/export")
public class ExportResource {
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String export() {
        return "export";
    }
}
