/**
 * The population registry of residence-service, which allocates each child's personal ID number through
 * {@code POST /api/v1/personal-id-numbers} (an {@code Idempotency-Key} header and the province, name, sex and date of
 * birth; 201 with a new number, 200 with the same one for a repeated key): an OpenFeign client with timeouts,
 * bounded retries and that idempotency key, behind {@link PersonalIdAllocator}.
 */
@NullMarked
package vn.lienthong.civilregistry.clients;

import org.jspecify.annotations.NullMarked;
