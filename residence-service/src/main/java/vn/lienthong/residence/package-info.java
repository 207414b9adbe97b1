/** The commune police's system: population registry, households and permanent-residence applications. */
@NullMarked
package vn.lienthong.residence;

import org.jspecify.annotations.NullMarked;
