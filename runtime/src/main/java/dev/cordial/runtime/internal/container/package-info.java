/**
 * Glue each container loads by its own means: Jersey's AutoDiscoverable and ModelProcessor (loaded
 * only on Jersey), BinderRelay, Quarkus REST's way to the binder, and CxfServers, the bus extension
 * only Apache CXF loads. The only internal package that
 * may use the API package.
 * Internal: anything here may change in any release.
 */
package dev.cordial.runtime.internal.container;
