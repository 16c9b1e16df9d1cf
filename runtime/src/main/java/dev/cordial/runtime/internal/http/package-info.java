/**
 * Reading and writing the CORS headers of requests and responses: Origin, the Access-Control-*
 * names, Vary merged rather than replaced, and the two header stores (one value per header, the
 * preflight answer) that keep per-request allocation low.
 * Internal: anything here may change in any release.
 */
package dev.cordial.runtime.internal.http;
