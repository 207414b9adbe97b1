@NullMarked
package vn.lienthong.residence.domain.household;

import org.jspecify.annotations.NullMarked;
