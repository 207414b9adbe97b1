/** The service's tables: shipments, their histories, and the UPU S10 serials issued (JdbcClient only here). */
@NullMarked
package vn.lienthong.delivery.persistence;

import org.jspecify.annotations.NullMarked;
