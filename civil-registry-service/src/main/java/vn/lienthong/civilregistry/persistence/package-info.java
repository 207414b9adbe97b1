/**
 * The registry's tables: the register of births, the certificate books, the queue of births awaiting their
 * personal ID number and the dossiers decided without a registration.
 */
@NullMarked
package vn.lienthong.civilregistry.persistence;

import org.jspecify.annotations.NullMarked;
