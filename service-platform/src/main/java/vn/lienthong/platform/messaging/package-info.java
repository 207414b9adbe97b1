@NullMarked
package vn.lienthong.platform.messaging;

import org.jspecify.annotations.NullMarked;
