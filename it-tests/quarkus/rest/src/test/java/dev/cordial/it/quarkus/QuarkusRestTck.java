package dev.cordial.it.quarkus;

import dev.cordial.it.app.Capability;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.quarkus.harness.QuarkusTck;

/** Every shared contract against the packaged Quarkus REST application. */
@Lacks(Capability.APPLICATION_PROPERTIES) // Application#getProperties never reaches the FeatureContext's configuration
class QuarkusRestTck extends QuarkusTck {}
