/** The service's settings and wiring. */
@NullMarked
package vn.lienthong.delivery.config;

import org.jspecify.annotations.NullMarked;
