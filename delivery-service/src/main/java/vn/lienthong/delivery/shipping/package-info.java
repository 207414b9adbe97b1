/** Runs shipments: the transactions around the domain, their tables, tracking-number allocation, metrics. */
@NullMarked
package vn.lienthong.delivery.shipping;

import org.jspecify.annotations.NullMarked;
