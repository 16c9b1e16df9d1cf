package dev.cordial.it.quarkus;

import dev.cordial.it.quarkus.harness.QuarkusContract;

/** The shared cases against the packaged RESTEasy classic (quarkus-resteasy) application. */
class QuarkusClassicIT extends QuarkusContract {}
