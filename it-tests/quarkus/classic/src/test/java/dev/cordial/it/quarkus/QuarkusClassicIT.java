package dev.cordial.it.quarkus;

import dev.cordial.it.quarkus.harness.QuarkusContract;

/** The shared cases against the packaged RESTEasy classic (quarkus-resteasy) application. */
class QuarkusClassicIT extends QuarkusContract {

    /** As plain RESTEasy: a body typed by a type variable finds no reader for Object, so RESTEasy answers 415. */
    @Override
    protected boolean readsGenericBodies() {
        return false;
    }
}
