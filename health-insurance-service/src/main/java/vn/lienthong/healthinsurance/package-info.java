/** The social-insurance office's service (BHXH): TK1-TS declarations and BHYT cards for children under 6. */
@NullMarked
package vn.lienthong.healthinsurance;

import org.jspecify.annotations.NullMarked;
