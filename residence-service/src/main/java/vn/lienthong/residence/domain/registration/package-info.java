@NullMarked
package vn.lienthong.residence.domain.registration;

import org.jspecify.annotations.NullMarked;
