package dev.cordial.it.payara;

import dev.cordial.it.app.WarApp;
import jakarta.ws.rs.ApplicationPath;

/**
 * The shared application as the WAR deploys it on Payara, found by Payara by its
 * {@code @ApplicationPath}: {@link WarApp}'s classes and properties (WarApp says why it lists them
 * rather than letting Payara scan). Nothing of Cordial's is listed: Jersey's auto-discovery brings it.
 */
@ApplicationPath("api")
public class PayaraApp extends WarApp {}
