/** The registry's settings ({@code lienthong.civil-registry}) and the wiring of its population-registry client. */
@NullMarked
package vn.lienthong.civilregistry.config;

import org.jspecify.annotations.NullMarked;
