/**
 * The annotation processor: reads each {@code @AllowCredentials} into a model, reports every
 * illegal or unsafe value as a javac diagnostic at that value, and writes one filter per annotated
 * resource type for {@code cordial-runtime} to bind. Declared AGGREGATING for Gradle: each generated
 * file has one originating element, the resource type, but whether it is written at all depends on
 * the other resources of the compilation (two policies on one route are an error).
 */
package dev.cordial.processor;
