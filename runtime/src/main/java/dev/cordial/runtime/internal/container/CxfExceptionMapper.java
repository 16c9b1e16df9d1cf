package dev.cordial.runtime.internal.container;

import dev.cordial.runtime.internal.filter.UnhandledExceptionMapper;
import dev.cordial.runtime.internal.routing.RouteTable;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;

/**
 * {@link UnhandledExceptionMapper} on Apache CXF. CXF catches an exception a mapper throws, prints
 * it to standard error and answers an empty 500 of its own, so the portable mapper's way of
 * declining would take an uncovered route's exception away from the container (Spring Boot's error
 * page, the servlet container's log). A mapper that returns no response is, to CXF, no mapper: it
 * hands the exception on ({@code org.apache.cxf.propagate.exception}, on by default) as it would
 * without Cordial. Links no CXF class; {@code CordialFeature} picks it when its configuration is CXF's.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(UnhandledExceptionMapper.PRIORITY)
public final class CxfExceptionMapper extends UnhandledExceptionMapper {

    public CxfExceptionMapper(RouteTable routes) {
        super(routes);
    }

    @Override
    protected Response decline(Throwable exception) {
        return null;
    }
}
