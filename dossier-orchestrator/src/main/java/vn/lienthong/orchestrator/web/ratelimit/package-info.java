/**
 * Rate limits of the public endpoints (DESIGN.md §6: tracking is open to anyone, so it is limited per client
 * address): an in-memory token bucket per address, and a 429 problem with {@code Retry-After} over the limit.
 */
@NullMarked
package vn.lienthong.orchestrator.web.ratelimit;

import org.jspecify.annotations.NullMarked;
