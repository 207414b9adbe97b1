/** The postal carrier's edge: its status webhook and, for the local stack, a simulated carrier. */
@NullMarked
package vn.lienthong.delivery.carrier;

import org.jspecify.annotations.NullMarked;
