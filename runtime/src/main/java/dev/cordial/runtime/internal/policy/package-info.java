/**
 * One @AllowCredentials policy as values (Policy) and prepared once for request time (CorsRules):
 * origin matching, method and header checks, every header value precomputed.
 * Internal: anything here may change in any release.
 */
package dev.cordial.runtime.internal.policy;
