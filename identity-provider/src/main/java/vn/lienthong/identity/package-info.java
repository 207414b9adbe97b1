/**
 * The local stack's and the tests' OpenID Connect provider (DESIGN.md §6): demo accounts derived from the
 * receiving units, the first-party clients, RS256 access tokens with the claims the services read.
 */
@NullMarked
package vn.lienthong.identity;

import org.jspecify.annotations.NullMarked;
