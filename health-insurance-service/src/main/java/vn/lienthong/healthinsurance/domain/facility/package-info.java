/** The catalogue of primary-care facilities (KCB ban đầu) and the choice of the child's facility. */
@NullMarked
package vn.lienthong.healthinsurance.domain.facility;

import org.jspecify.annotations.NullMarked;
