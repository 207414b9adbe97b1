/**
 * The population registry of residence-service, which allocates each child's personal ID number (agreement 1):
 * an OpenFeign client with timeouts, bounded retries and an idempotency key, behind {@link PersonalIdAllocator}.
 */
@NullMarked
package vn.lienthong.civilregistry.populationregistry;

import org.jspecify.annotations.NullMarked;
