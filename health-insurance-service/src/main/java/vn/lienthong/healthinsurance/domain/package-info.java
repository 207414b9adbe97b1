/**
 * The plain-Java core: TK1-TS declarations and their decisions, BHYT cards and their validity, the choice of the
 * primary-care facility. No Spring, Kafka, Jackson or JDBC here; dossiers and declarations by their typed IDs.
 */
@NullMarked
package vn.lienthong.healthinsurance.domain;

import org.jspecify.annotations.NullMarked;
