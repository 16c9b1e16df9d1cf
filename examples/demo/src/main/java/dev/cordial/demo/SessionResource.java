package dev.cordial.demo;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

@Path("session")
@AllowCredentials(originsProperty = DemoApp.PAGE_ORIGINS)
public class SessionResource {

    @Context
    private Configuration config;

    /** Logs in as the demo user: sets an HttpOnly session cookie. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response login() {
        NewCookie cookie = new NewCookie.Builder(Sessions.COOKIE)
                .value(((Sessions) config.getProperty(DemoApp.SESSIONS)).create())
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
        return Response.ok("{\"user\":\"ada\"}").cookie(cookie).build();
    }
}
