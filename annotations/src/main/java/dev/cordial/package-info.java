/**
 * The annotations a Jakarta REST resource needs for CORS: {@link dev.cordial.AllowCredentials}
 * for scripts that read it with the user's credentials, {@link dev.cordial.AllowWithoutCredentials}
 * for public and bearer-token routes, and {@link dev.cordial.Isolation}, their Fetch Metadata
 * setting. They have no dependencies and no run-time behaviour of their own; the
 * {@code cordial-processor} annotation processor validates them at compile time and generates the
 * filters that {@code cordial-runtime} registers.
 */
package dev.cordial;
