/** The service's tables: declarations with their supplements, the cards issued, the facility catalogue. */
@NullMarked
package vn.lienthong.healthinsurance.persistence;

import org.jspecify.annotations.NullMarked;
