@NullMarked
package vn.lienthong.platform.json;

import org.jspecify.annotations.NullMarked;
