package dev.cordial.runtime.internal;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.spi.Failure;

/**
 * The RESTEasy flavour of {@link UnhandledExceptionMapper}: RESTEasy signals some ordinary
 * outcomes, such as the automatic answer to {@code OPTIONS}, with a {@link Failure} that carries
 * its response, and asks mappers first. Named only in
 * {@code META-INF/services/jakarta.ws.rs.ext.Providers}, which only RESTEasy reads.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public final class ResteasyUnhandledExceptionMapper extends UnhandledExceptionMapper {

    @Override
    protected Response containerResponse(Throwable exception) {
        if (exception instanceof Failure failure) {
            if (failure.getResponse() != null) {
                return failure.getResponse();
            }
            if (failure.getErrorCode() > 0) {
                return Response.status(failure.getErrorCode()).build();
            }
        }
        return null;
    }
}
