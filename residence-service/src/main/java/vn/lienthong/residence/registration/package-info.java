@NullMarked
package vn.lienthong.residence.registration;

import org.jspecify.annotations.NullMarked;
