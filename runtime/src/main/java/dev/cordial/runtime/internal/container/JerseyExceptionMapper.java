package dev.cordial.runtime.internal.container;

import dev.cordial.runtime.internal.filter.UnhandledExceptionMapper;
import dev.cordial.runtime.internal.routing.RouteTable;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * {@link UnhandledExceptionMapper} on Jersey, which lets a mapper decline: on a route no policy
 * covers, {@link #isMappable} says no, and Jersey goes on as if Cordial had registered no mapper
 * (an application's mapper, else the container's error handling). A mapper that throws would not
 * do: Jersey answers that with a 500 of its own. Loaded by name, only when {@code CordialFeature}
 * runs on Jersey.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(UnhandledExceptionMapper.PRIORITY)
public final class JerseyExceptionMapper extends UnhandledExceptionMapper implements ExtendedExceptionMapper<Throwable> {

    public JerseyExceptionMapper(RouteTable routes) {
        super(routes);
    }

    @Override
    public boolean isMappable(Throwable exception) {
        return covered();
    }

    @Override
    public Response toResponse(Throwable exception) {
        return answer(exception);
    }
}
