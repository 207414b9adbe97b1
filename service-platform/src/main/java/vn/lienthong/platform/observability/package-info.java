@NullMarked
package vn.lienthong.platform.observability;

import org.jspecify.annotations.NullMarked;
