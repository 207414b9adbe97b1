/**
 * The postal carrier's HTTP edge: its status webhook, and the tracking view of a parcel by tracking number, both
 * free of personal data.
 */
@NullMarked
package vn.lienthong.delivery.web.carrier;

import org.jspecify.annotations.NullMarked;
