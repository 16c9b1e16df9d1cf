package dev.cordial.runtime.internal.container;

import dev.cordial.runtime.internal.startup.Activation;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Logs Cordial's startup line when Jersey has initialised the application, instead of with the
 * first request: Jersey is the one container here that says so through Jakarta REST providers.
 * Loaded by name, only when {@code CordialFeature} runs on Jersey.
 */
public final class JerseyStartup implements ApplicationEventListener {

    private final Activation activation;

    public JerseyStartup(Activation activation) {
        this.activation = activation;
    }

    @Override
    public void onEvent(ApplicationEvent event) {
        if (event.getType() == ApplicationEvent.Type.INITIALIZATION_FINISHED) {
            activation.announce();
        }
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        return null;
    }
}
