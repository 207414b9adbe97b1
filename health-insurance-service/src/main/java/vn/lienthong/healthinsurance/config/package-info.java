/** The service's configuration: its settings, and the core's policy and service level made from them. */
@NullMarked
package vn.lienthong.healthinsurance.config;

import org.jspecify.annotations.NullMarked;
