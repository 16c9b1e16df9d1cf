/**
 * The annotation processor: reads each {@code @AllowCredentials} into a model, reports every
 * illegal or unsafe value as a javac diagnostic at that value, and writes one filter per annotated
 * resource type for {@code cordial-runtime} to bind. Declared ISOLATING for Gradle: each generated
 * file has exactly one originating element, the resource type, and depends only on its hierarchy.
 */
package dev.cordial.processor;
