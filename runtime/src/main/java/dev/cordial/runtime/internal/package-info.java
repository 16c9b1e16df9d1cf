/**
 * The runtime's internals, by concern; nothing here is API and anything may change in any release.
 * The packages form layers, each using only those below it ({@code PackageStructureTest} holds
 * them to it):
 * <ul>
 *   <li>{@code container}: the glue a container loads by its own means (Jersey's auto-discovery
 *       and model processor, Quarkus REST's {@code BinderRelay}); the only package that may see
 *       the API;
 *   <li>{@code filter}: the pre-matching preflight filter, the fallback response filter, the
 *       exception mapper;
 *   <li>{@code startup}: the binder, the look-up of generated filters, resource-method keys,
 *       {@code originsProperty} resolution, activation and the startup line;
 *   <li>{@code routing}: the route table and request paths, matched as Jakarta REST matches;
 *   <li>{@code policy}: one policy prepared for request time, {@code CorsRules};
 *   <li>{@code http}: reading and writing CORS headers;
 *   <li>this package: {@code Messages}, every sentence the runtime says.
 * </ul>
 * The origin grammar, Fetch facts and path templates are cordial-core's, shared with the processor.
 */
package dev.cordial.runtime.internal;
