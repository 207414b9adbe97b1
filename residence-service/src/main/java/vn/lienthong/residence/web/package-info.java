/** The commune police's HTTP API: households, the population registry's allocations, residence applications. */
@NullMarked
package vn.lienthong.residence.web;

import org.jspecify.annotations.NullMarked;
