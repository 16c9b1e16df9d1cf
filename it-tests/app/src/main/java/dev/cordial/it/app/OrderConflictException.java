package dev.cordial.it.app;

/** Mapped to 409 by {@link OrderConflictMapper}. */
public class OrderConflictException extends RuntimeException {
    public OrderConflictException() {
        super("order changed meanwhile");
    }
}
