/** The tables of the population registry, households and applications (JdbcClient, Flyway-owned schema). */
@NullMarked
package vn.lienthong.residence.persistence;

import org.jspecify.annotations.NullMarked;
