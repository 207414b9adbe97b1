/**
 * The audit log every service keeps (DESIGN.md §6): each state change and each read by a person or client, with
 * refused attempts, written in the transaction of the change it records, hash-chained and append-only.
 */
@NullMarked
package vn.lienthong.platform.audit;

import org.jspecify.annotations.NullMarked;
