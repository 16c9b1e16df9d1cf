package dev.cordial.runtime.internal.filter;

import dev.cordial.runtime.internal.Messages;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns exceptions that no application mapper handles into a 500 response inside Jakarta REST,
 * instead of letting them escape to the container. Only a response built inside Jakarta REST
 * passes through response filters, and only then can Cordial add the headers that let a script
 * read the error. Any mapper of the application for a closer type still wins; a
 * {@link WebApplicationException} keeps its own response.
 *
 * <p>RESTEasy (classic) signals some ordinary outcomes, such as its automatic answer to
 * {@code OPTIONS}, with an {@code org.jboss.resteasy.spi.Failure} that carries its response and
 * asks mappers first. That type is read by name and reflection: a mapper that linked against it
 * would fail with {@code NoClassDefFoundError} on Quarkus REST and Jersey, which index this class.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public final class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class.getName());
    private static final String RESTEASY_FAILURE = "org.jboss.resteasy.spi.Failure";

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException wae) {
            // A copy: applications reuse exceptions (static final NotFoundException), and response
            // filters write into the response they get; the shared one must stay as it was.
            return Response.fromResponse(wae.getResponse()).build();
        }
        Response own = resteasyFailure(exception);
        if (own != null) {
            return own;
        }
        LOG.log(Level.SEVERE, Messages.UNHANDLED, exception);
        return Response.serverError().build();
    }

    /** The response or status a RESTEasy {@code Failure} carries, or {@code null} for any other exception. */
    static Response resteasyFailure(Throwable exception) {
        Class<?> failure = exception.getClass();
        while (failure != null && !failure.getName().equals(RESTEASY_FAILURE)) {
            failure = failure.getSuperclass();
        }
        if (failure == null) {
            return null;
        }
        try {
            Method getResponse = failure.getMethod("getResponse");
            if (getResponse.invoke(exception) instanceof Response response) {
                return response;
            }
            if (failure.getMethod("getErrorCode").invoke(exception) instanceof Integer code && code > 0) {
                return Response.status(code).build();
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, Messages.NO_RESTEASY_FAILURE, e);
        }
        return null;
    }
}
