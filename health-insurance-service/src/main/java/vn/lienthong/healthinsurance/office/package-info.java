/** The social-insurance office's API over its queue of declarations. */
@NullMarked
package vn.lienthong.healthinsurance.office;

import org.jspecify.annotations.NullMarked;
