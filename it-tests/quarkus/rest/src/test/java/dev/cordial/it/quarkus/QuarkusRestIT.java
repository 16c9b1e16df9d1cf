package dev.cordial.it.quarkus;

import dev.cordial.it.quarkus.harness.QuarkusContract;

/** The shared cases against the packaged Quarkus REST application. */
class QuarkusRestIT extends QuarkusContract {}
