/**
 * The filters and the mapper Cordial registers beside the generated ones: PreflightFilter answers
 * preflights before any other request filter, FallbackResponseFilter writes the headers of responses
 * produced before or without matching, UnhandledExceptionMapper keeps the unmapped exceptions of covered routes readable and leaves the others
 * to the container.
 * Internal: anything here may change in any release.
 */
package dev.cordial.runtime.internal.filter;
