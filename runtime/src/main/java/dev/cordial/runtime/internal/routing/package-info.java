/**
 * Route matching, the one place that decides which resource method a request path belongs to before
 * Jakarta REST has matched it: {@link dev.cordial.runtime.internal.routing.RequestPath} turns a
 * request into a routable path as Jersey and RESTEasy do (matrix parameters dropped, segments decoded,
 * {@code %2F} kept inside its segment), {@link dev.cordial.runtime.internal.routing.RouteTable} holds
 * every route of the application and chooses among them with the two stages of Jakarta REST, and
 * cordial-core's {@code PathTemplate} compiles {@code @Path} templates. Internal:
 * anything here may change in any release.
 */
package dev.cordial.runtime.internal.routing;

