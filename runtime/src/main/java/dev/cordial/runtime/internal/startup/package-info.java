/**
 * What happens once per application and resource method: the Binder that binds generated filters
 * to the methods their policies cover and fills the route table, the look-up of generated filters by
 * name, resource-method keys, originsProperty resolution, and Activation, which refuses every request
 * when the binder never ran and logs the startup line otherwise.
 * Internal: anything here may change in any release.
 */
package dev.cordial.runtime.internal.startup;
