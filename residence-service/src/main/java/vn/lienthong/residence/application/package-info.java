/** Use cases: each opens its transaction and calls the core, the repositories and the metrics. */
@NullMarked
package vn.lienthong.residence.application;

import org.jspecify.annotations.NullMarked;
