/** What a shipment costs and which subsidy rule waives it (DESIGN.md rule 9). Domain: plain Java. */
@NullMarked
package vn.lienthong.delivery.domain.postage;

import org.jspecify.annotations.NullMarked;
