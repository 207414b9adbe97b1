/** BHYT cards for children under 6: the validity rule (DESIGN.md rule 3), the cards issued and their check. */
@NullMarked
package vn.lienthong.healthinsurance.domain.card;

import org.jspecify.annotations.NullMarked;
