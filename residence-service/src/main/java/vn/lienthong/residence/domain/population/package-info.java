@NullMarked
package vn.lienthong.residence.domain.population;

import org.jspecify.annotations.NullMarked;
