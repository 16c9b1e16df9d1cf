package dev.cordial.it.app.browser;

/** What a {@link Browser} throws when it cannot start or a command fails, whichever the engine. */
public class BrowserException extends RuntimeException {

    public BrowserException(String message) {
        super(message);
    }

    public BrowserException(String message, Throwable cause) {
        super(message, cause);
    }
}
