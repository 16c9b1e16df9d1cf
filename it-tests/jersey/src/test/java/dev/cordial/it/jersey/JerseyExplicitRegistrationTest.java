package dev.cordial.it.jersey;

import dev.cordial.it.app.ExplicitlyRegisteredApp;
import jakarta.ws.rs.core.Application;

/** The same contract with Cordial also registered by hand, as a class and an instance. */
class JerseyExplicitRegistrationTest extends JerseyCorsTest {
    @Override
    protected Application application() {
        return new ExplicitlyRegisteredApp();
    }
}
