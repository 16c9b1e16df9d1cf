package dev.cordial.runtime.internal.container;

import dev.cordial.runtime.internal.filter.UnhandledExceptionMapper;
import dev.cordial.runtime.internal.routing.RouteTable;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * {@link UnhandledExceptionMapper} on Apache CXF. CXF answers an exception thrown by a mapper with
 * an empty 500 of its own (and prints its stack trace), but treats a mapper that answers
 * {@code null} as no mapper at all, and propagates the exception as it does an unmapped one. So on
 * a route no policy covers this mapper answers {@code null} (but for a {@code WebApplicationException},
 * which keeps its own response), and CXF goes on as without Cordial.
 * Loaded by name, only when {@code CordialFeature} runs on CXF.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(UnhandledExceptionMapper.PRIORITY)
public final class CxfExceptionMapper extends UnhandledExceptionMapper {

    public CxfExceptionMapper(RouteTable routes) {
        super(routes);
    }

    @Override
    public Response toResponse(Throwable exception) {
        // A WebApplicationException (CXF's own 404, 405, 406 among them) keeps its response on every
        // route, as the portable mapper does; CXF would turn a null for it into a 500.
        return covered() || exception instanceof WebApplicationException ? answer(exception) : null;
    }
}
