/**
 * Glue each container loads by its own means: Jersey's AutoDiscoverable and ModelProcessor (loaded
 * only on Jersey) and BinderRelay, Quarkus REST's way to the binder. The only internal package that
 * may use the API package.
 * Internal: anything here may change in any release.
 */
package dev.cordial.runtime.internal.container;
