package dev.cordial.it.quarkus.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The Quarkus test application: every resource and provider Quarkus finds in this module, under
 * {@code /api} like the Jersey and RESTEasy test applications. Nothing registers Cordial: both
 * Quarkus REST and RESTEasy classic discover it from cordial-runtime.
 */
@ApplicationPath("api")
public class QuarkusItApp extends Application {}
