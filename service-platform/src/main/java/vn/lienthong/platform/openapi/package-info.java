/**
 * The OpenAPI document of every service as its contract, without the service writing it: a title and version, one
 * bearer-token scheme applied to every operation but the public paths, JSON in and out, one {@code Problem} schema
 * for every documented error, operationIds and tags in domain words. A service only annotates what the platform
 * cannot know (a 201 returned through {@code ResponseEntity}, a 422 of its own rules, examples).
 */
@NullMarked
package vn.lienthong.platform.openapi;

import org.jspecify.annotations.NullMarked;
