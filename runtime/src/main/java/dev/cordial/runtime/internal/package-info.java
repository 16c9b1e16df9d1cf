/**
 * Wiring and rules that are not API: the origin grammar shared with the annotation processor, the
 * origin matcher, header helpers, the look-up of generated filters, {@code originsProperty}
 * resolution and the Jersey auto-discovery hook. Anything here may change in any release.
 */
package dev.cordial.runtime.internal;
