/** The officers' REST API: shipments by dossier, work lists, deliveries and pickups. */
@NullMarked
package vn.lienthong.delivery.web;

import org.jspecify.annotations.NullMarked;
