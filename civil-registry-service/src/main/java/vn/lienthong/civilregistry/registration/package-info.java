/**
 * Registering births: from linked dossiers (commands, a durable queue of births awaiting their personal ID
 * number, the worker that completes them) and directly at the desk, with the certificate book and the
 * registry's tables.
 */
@NullMarked
package vn.lienthong.civilregistry.registration;

import org.jspecify.annotations.NullMarked;
