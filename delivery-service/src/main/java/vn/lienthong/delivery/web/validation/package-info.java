/** Rules the HTTP edges share for what a request may carry: timestamps a clock could have produced. */
@NullMarked
package vn.lienthong.delivery.web.validation;

import org.jspecify.annotations.NullMarked;
