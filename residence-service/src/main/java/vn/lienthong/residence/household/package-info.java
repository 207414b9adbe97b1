@NullMarked
package vn.lienthong.residence.household;

import org.jspecify.annotations.NullMarked;
