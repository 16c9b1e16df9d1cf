package dev.cordial.it.app;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class OrderConflictMapper implements ExceptionMapper<OrderConflictException> {
    @Override
    public Response toResponse(OrderConflictException e) {
        return Response.status(Response.Status.CONFLICT).type("text/plain").entity(e.getMessage()).build();
    }
}
