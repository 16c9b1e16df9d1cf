package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import dev.cordial.AllowWithoutCredentials;
import dev.cordial.Isolation;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * One application serving a public route, a bearer-token route and credentialed routes side by
 * side, with Fetch Metadata isolation enforced for the whole application ({@code
 * dev.cordial.isolation=enforce}) and overridden per policy: the public routes turn it off, one
 * credentialed route only reports. The page origin of the browser tests, known at run time, reaches
 * every listed policy through {@value #PAGE_ORIGINS}.
 */
@ApplicationPath("api")
public class MixedApp extends Application {

    static final String PAGE_ORIGINS = "cordial.it.mixed.origins";
    static final String TOKEN = "t0ken";

    private final String pageOrigins;
    private final String isolation;

    /** With {@code http://localhost:5173} as the page origin and isolation enforced. */
    public MixedApp() {
        this("http://localhost:5173", "enforce");
    }

    public MixedApp(String pageOrigins, String isolation) {
        this.pageOrigins = pageOrigins;
        this.isolation = isolation;
    }

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Catalogue.class, TokenApi.class, Partners.class, Account.class, Watched.class, Shop.class,
                Inbox.class, BearerAuth.class, InboxAuth.class);
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(PAGE_ORIGINS, pageOrigins, "dev.cordial.isolation", isolation);
    }

    /** Public data: any origin reads it, nothing credentialed; embeddable anywhere (isolation off). */
    @Path("mixed/catalogue")
    @AllowWithoutCredentials(origins = "*", methods = {"GET", "POST"}, exposeHeaders = "X-Total",
            isolation = Isolation.OFF)
    @Produces(MediaType.TEXT_PLAIN)
    public static class Catalogue {
        /** Served, but not to other origins: the policy leaves DELETE out. */
        @jakarta.ws.rs.DELETE
        public void clear() {
            Invocations.hit("mixed.catalogue.delete");
        }

        @GET
        public Response list() {
            Invocations.hit("mixed.catalogue");
            return Response.ok("catalogue").header("X-Total", "3").build();
        }

        @POST
        @Consumes(MediaType.TEXT_PLAIN)
        public String suggest(String body) {
            Invocations.hit("mixed.catalogue.post");
            return "suggested " + body;
        }
    }

    /** A bearer-token API: the script sends Authorization itself; {@link BearerAuth} guards it. */
    @Path("mixed/token")
    @AllowWithoutCredentials(origins = "*", allowHeaders = {"Authorization", "Content-Type"},
            isolation = Isolation.OFF)
    @Produces(MediaType.TEXT_PLAIN)
    public static class TokenApi {
        @GET
        public String me() {
            Invocations.hit("mixed.token");
            return "token user";
        }

        @PUT
        @Consumes(MediaType.APPLICATION_JSON)
        public String put(String json) {
            Invocations.hit("mixed.token.put");
            return "put " + json;
        }
    }

    /** Public to listed partners only: their origin echoed, never credentials. */
    @Path("mixed/partners")
    @AllowWithoutCredentials(origins = "https://app.example.com", originsProperty = PAGE_ORIGINS,
            isolation = Isolation.OFF)
    @Produces(MediaType.TEXT_PLAIN)
    public static class Partners {
        @GET
        public String get() {
            Invocations.hit("mixed.partners");
            return "partners";
        }
    }

    /** The user's data: credentialed, isolation as the application says (enforce). */
    @Path("mixed/account")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = PAGE_ORIGINS)
    public static class Account {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            Invocations.hit("mixed.account");
            return "account";
        }

        /** What a cross-site form would post to with the user's cookies. */
        @POST
        @Path("transfer")
        @Produces(MediaType.TEXT_PLAIN)
        public String transfer() {
            Invocations.hit("mixed.account.transfer");
            return "transferred";
        }

        /** What a cross-site {@code <script src>} would include: JSON-ish data served as a script. */
        @GET
        @Path("script")
        @Produces("text/javascript")
        public String script() {
            Invocations.hit("mixed.account.script");
            return "window.accountLoaded = (window.accountLoaded || 0) + 1;";
        }

        /** What a cross-site {@code <img src>} would probe: a 1x1 GIF. */
        @GET
        @Path("pixel")
        @Produces("image/gif")
        public byte[] pixel() {
            Invocations.hit("mixed.account.pixel");
            return Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
        }
    }

    /** Credentialed, isolation in report-only mode whatever the application says. */
    @Path("mixed/watched")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = PAGE_ORIGINS,
            isolation = Isolation.REPORT_ONLY)
    public static class Watched {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            Invocations.hit("mixed.watched");
            return "watched";
        }

        @GET
        @Path("script")
        @Produces("text/javascript")
        public String script() {
            Invocations.hit("mixed.watched.script");
            return "window.watchedLoaded = (window.watchedLoaded || 0) + 1;";
        }

        @GET
        @Path("pixel")
        @Produces("image/gif")
        public byte[] pixel() {
            Invocations.hit("mixed.watched.pixel");
            return Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
        }
    }

    /** Both kinds in one class: public items, a credentialed cart that enforces isolation itself. */
    @Path("mixed/shop")
    @AllowWithoutCredentials(origins = "*", isolation = Isolation.OFF)
    @Produces(MediaType.TEXT_PLAIN)
    public static class Shop {
        @GET
        @Path("items")
        public String items() {
            Invocations.hit("mixed.shop.items");
            return "items";
        }

        @GET
        @Path("cart")
        @AllowCredentials(origins = "https://app.example.com", originsProperty = PAGE_ORIGINS,
                isolation = Isolation.ENFORCE)
        public String cart() {
            Invocations.hit("mixed.shop.cart");
            return "cart";
        }
    }

    /** Credentialed and behind {@link InboxAuth}: what an XS-Leak probes for login state. */
    @Path("mixed/inbox")
    @AllowCredentials(origins = "https://app.example.com", originsProperty = PAGE_ORIGINS)
    public static class Inbox {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            Invocations.hit("mixed.inbox");
            return "inbox";
        }
    }

    /** Session authentication for {@code mixed/inbox}: pre-matching, 401 without {@code session=ok}. */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public static class InboxAuth implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String path = request.getUriInfo().getPath();
            if (!(path.startsWith("mixed/inbox") || path.startsWith("/mixed/inbox"))) {
                return;
            }
            Invocations.hit("mixed.inbox-auth");
            jakarta.ws.rs.core.Cookie session = request.getCookies().get("session");
            if (session == null || !session.getValue().equals("ok")) {
                request.abortWith(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.TEXT_PLAIN)
                        .entity("login required").build());
            }
        }
    }

    /**
     * Bearer-token authentication as such APIs write it: pre-matching, at
     * {@code Priorities.AUTHENTICATION}, refusing every request to {@code mixed/token} without the
     * token, preflights included.
     */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public static class BearerAuth implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            String path = request.getUriInfo().getPath();
            if (!(path.startsWith("mixed/token") || path.startsWith("/mixed/token"))) {
                return;
            }
            Invocations.hit("mixed.bearer-auth");
            if (!("Bearer " + TOKEN).equals(request.getHeaderString("Authorization"))) {
                request.abortWith(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.TEXT_PLAIN)
                        .entity("token required").build());
            }
        }
    }
}
