package io.eksplanner.common.web;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * Documents some operations of the OpenAPI description: a web package declares one bean of these for its own
 * operations (examples, statuses springdoc cannot see). {@link ResponseDocumentation} runs them all, in their
 * {@code @Order}, and then finishes every operation's responses, so that what they add is documented the same way
 * (src/docs/api-conventions.md §3). Springdoc runs its own customizers in no order one can rely on. Public: every web
 * package declares its own.
 */
@FunctionalInterface
public interface ApiDocumentation {

    void document(OpenAPI openApi);
}
