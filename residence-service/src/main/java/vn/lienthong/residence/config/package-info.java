/** Wiring: the settings and the beans built from them. */
@NullMarked
package vn.lienthong.residence.config;

import org.jspecify.annotations.NullMarked;
