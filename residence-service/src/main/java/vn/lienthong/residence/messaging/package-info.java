@NullMarked
package vn.lienthong.residence.messaging;

import org.jspecify.annotations.NullMarked;
