@NullMarked
package vn.lienthong.civilregistry;

import org.jspecify.annotations.NullMarked;
