/**
 * The postal carrier's HTTP edge: its status webhook and the tracking view of a parcel, both by tracking number
 * and free of personal data.
 */
@NullMarked
package vn.lienthong.delivery.web.carrier;

import org.jspecify.annotations.NullMarked;
