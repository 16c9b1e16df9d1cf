/**
 * What applications and generated code see of Cordial at run time: {@link
 * dev.cordial.runtime.CordialFeature}, which Jersey and RESTEasy register on their own; {@link
 * dev.cordial.runtime.CordialFilter}, the base of every generated {@code *_CordialFilter}; and
 * {@link dev.cordial.runtime.CorsPolicy}, the compile-time policy those filters carry as constants.
 */
package dev.cordial.runtime;
