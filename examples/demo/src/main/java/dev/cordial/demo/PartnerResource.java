package dev.cordial.demo;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Meant for a partner's site only: the browser must block the demo page from reading it. */
@Path("partner")
@AllowCredentials(origins = "https://partner.example.com")
public class PartnerResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String secrets() {
        return "{\"secret\":\"for partner.example.com only\"}";
    }
}
