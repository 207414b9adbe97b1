/** The receiving units (commune one-stop desks and their agencies), shared by every service. */
@NullMarked
package vn.lienthong.platform.units;

import org.jspecify.annotations.NullMarked;
