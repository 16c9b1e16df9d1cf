package dev.cordial.it.quarkus;

import dev.cordial.it.app.Capability;
import dev.cordial.it.app.Lacks;
import dev.cordial.it.quarkus.harness.QuarkusTck;

/** Every shared contract against the packaged RESTEasy classic (quarkus-resteasy) application. */
@Lacks(Capability.GENERIC_BODIES) // as plain RESTEasy: no reader for the erased type (Object), so its own 415
class QuarkusClassicTck extends QuarkusTck {}
