package dev.cordial.it.app;

import java.net.URI;

/** A server started by a test on a loopback port chosen at run time. */
public interface RunningServer extends AutoCloseable {

    /** The application's base URI, ending in "/", for example {@code http://127.0.0.1:41234/api/}. */
    URI baseUri();

    @Override
    void close();
}
