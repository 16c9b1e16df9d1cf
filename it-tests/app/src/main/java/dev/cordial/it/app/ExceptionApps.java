package dev.cordial.it.app;

import dev.cordial.AllowCredentials;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Set;

/**
 * The applications of {@link ExceptionMappingContract}: the same two failing resources, one covered
 * by a policy and one not, with and without the application's own {@code ExceptionMapper<Throwable>}.
 */
public final class ExceptionApps {

    private ExceptionApps() {}

    /** The message of the covered resource's exception. */
    static final String COVERED_FAILURE = "covered failure";
    /** The message of the unannotated resource's exception. */
    static final String PLAIN_FAILURE = "plain failure";

    /** Both failing resources, and no exception mapper of the application's. */
    @ApplicationPath("api")
    public static class WithoutMapper extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(CoveredFailure.class, PlainFailure.class);
        }
    }

    /**
     * Both failing resources, and the application's {@link TeapotMapper} for every {@code Throwable},
     * registered as an instance, as the application did.
     */
    @ApplicationPath("api")
    public static class WithMapper extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return new WithoutMapper().getClasses();
        }

        @Override
        public Set<Object> getSingletons() {
            return Set.of(new TeapotMapper());
        }
    }

    @Path("failing")
    @AllowCredentials(origins = "https://app.example.com")
    public static class CoveredFailure {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            throw new IllegalStateException(COVERED_FAILURE);
        }
    }

    /** No annotation: its exception is none of Cordial's business. */
    @Path("failing-public")
    public static class PlainFailure {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            throw new IllegalStateException(PLAIN_FAILURE);
        }
    }

    /** What the issue reported: the application answers every exception with its own 418. */
    public static class TeapotMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return Response.status(418).type(MediaType.TEXT_PLAIN).entity("teapot: " + exception.getMessage()).build();
        }
    }
}
