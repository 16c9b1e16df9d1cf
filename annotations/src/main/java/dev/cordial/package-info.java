/**
 * The one annotation a Jakarta REST resource needs for CORS with credentials:
 * {@link dev.cordial.AllowCredentials}. It has no dependencies and no run-time behaviour of its
 * own; the {@code cordial-processor} annotation processor validates it at compile time and
 * generates the filters that {@code cordial-runtime} registers.
 */
package dev.cordial;
