/**
 * Who is calling: every service is an OAuth 2.0 resource server trusting one OpenID Connect issuer
 * (DESIGN.md §6). Deny by default: {@code /api/**} needs a token, every handler there states who may call
 * it ({@code @PreAuthorize}), and the unit or province of a resource is checked against the caller's.
 */
@NullMarked
package vn.lienthong.platform.security;

import org.jspecify.annotations.NullMarked;
