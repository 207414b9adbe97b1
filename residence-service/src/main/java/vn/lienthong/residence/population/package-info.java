@NullMarked
package vn.lienthong.residence.population;

import org.jspecify.annotations.NullMarked;
