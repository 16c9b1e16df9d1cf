package dev.cordial.runtime.internal.filter;

import dev.cordial.runtime.internal.Messages;
import dev.cordial.runtime.internal.routing.RouteTable;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an exception no application mapper handles into a 500 response inside Jakarta REST, but
 * only on a covered route (a resource method with a Cordial policy): only a response built inside
 * Jakarta REST passes through response filters, and only then can Cordial add the headers that let
 * a script read the error. Everywhere else the exception goes where it would go without Cordial, to
 * the container's own error handling.
 *
 * <p>Any mapper of the application wins, whatever its type: a closer type by the Jakarta REST
 * rules, {@code ExceptionMapper<Throwable>} by {@link #PRIORITY}, the lowest there is. On an
 * uncovered route Jersey never asks this mapper ({@code JerseyExceptionMapper} declines in
 * {@code isMappable}); other containers do ask, and this mapper throws the exception again, which
 * RESTEasy hands to the container as it does an unmapped one. A {@link WebApplicationException}
 * (and RESTEasy's {@code Failure}) keeps its own response, copied, as Jakarta REST itself would
 * answer it.
 *
 * <p>RESTEasy (classic) signals some ordinary outcomes, such as its automatic answer to
 * {@code OPTIONS}, with an {@code org.jboss.resteasy.spi.Failure} that carries its response and
 * asks mappers first. That type is read by name and reflection: a mapper that linked against it
 * would fail with {@code NoClassDefFoundError} on Quarkus REST and Jersey.
 *
 * <p>Not a {@code @Provider}: {@code CordialFeature} registers one instance per application, which
 * shares the application's route table; a container that instantiated the class itself would have
 * no table.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(UnhandledExceptionMapper.PRIORITY)
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    /**
     * The lowest priority (Jakarta REST: higher numbers lose), so an application's
     * {@code ExceptionMapper<Throwable>}, at the default {@code Priorities.USER} or any other, wins.
     */
    public static final int PRIORITY = Integer.MAX_VALUE;

    private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class.getName());
    private static final String RESTEASY_FAILURE = "org.jboss.resteasy.spi.Failure";

    private final RouteTable routes;

    @Context
    private UriInfo uriInfo;

    @Context
    private Request request;

    public UnhandledExceptionMapper(RouteTable routes) {
        this.routes = routes;
    }

    @Override
    public Response toResponse(Throwable exception) {
        if (covered() || carriesResponse(exception)) {
            return answer(exception);
        }
        // Not Cordial's route: the container handles it, as without Cordial.
        return decline(exception);
    }

    /**
     * What this mapper answers on a route no policy covers, so that the container goes on as if no
     * mapper had been registered: here it throws the exception again. A container that catches a
     * mapper's exception itself overrides it ({@code CxfExceptionMapper}).
     */
    protected Response decline(Throwable exception) {
        throw UnhandledExceptionMapper.<RuntimeException>rethrow(exception);
    }

    /**
     * A {@link WebApplicationException} or RESTEasy's {@code Failure}: Jakarta REST answers them
     * with their own response when no mapper does, and so does this mapper, on every route.
     */
    private static boolean carriesResponse(Throwable exception) {
        return exception instanceof WebApplicationException || resteasyFailure(exception) != null;
    }

    /**
     * True when the request's method and path are those of a resource method a policy covers. When
     * the container injected nothing (it should not happen), true: a readable 500 rather than none.
     */
    protected final boolean covered() {
        if (uriInfo == null || request == null) {
            return true;
        }
        try {
            RouteTable.Entry entry = RouteTable.forMethod(routes.candidates(uriInfo), request.getMethod());
            return entry != null && entry.rules() != null;
        } catch (RuntimeException e) {
            // Outside a request, or a path the route table cannot read: not a route Cordial knows.
            LOG.log(Level.FINE, Messages.NO_ROUTE_FOR_EXCEPTION, e);
            return false;
        }
    }

    /** Cordial's own answer on a covered route: logged, then a 500 that passes the response filters. */
    protected static Response answer(Throwable exception) {
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

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable exception) throws T {
        throw (T) exception;
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
