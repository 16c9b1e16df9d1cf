package dev.cordial.it.resteasy;

import dev.cordial.it.app.ExplicitlyRegisteredApp;
import jakarta.ws.rs.core.Application;

/** The same contract with Cordial also registered by hand, as a class and an instance. */
class ResteasyExplicitRegistrationTest extends ResteasyCorsTest {
    @Override
    protected Application application() {
        return new ExplicitlyRegisteredApp();
    }
}
