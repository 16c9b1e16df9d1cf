package dev.cordial.runtime.internal;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns exceptions that no application mapper handles into a 500 response inside Jakarta REST,
 * instead of letting them escape to the container. Only a response built inside Jakarta REST
 * passes through response filters, and only then can Cordial add the headers that let a script
 * read the error. Any mapper of the application for a closer type still wins; a
 * {@link WebApplicationException} keeps its own response.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException wae) {
            return wae.getResponse();
        }
        Response own = containerResponse(exception);
        if (own != null) {
            return own;
        }
        LOG.log(Level.SEVERE, "Unhandled exception in a resource; answering 500", exception);
        return Response.serverError().build();
    }

    /** The response a container's own exception type already carries, or {@code null}. */
    protected Response containerResponse(Throwable exception) {
        return null;
    }
}
