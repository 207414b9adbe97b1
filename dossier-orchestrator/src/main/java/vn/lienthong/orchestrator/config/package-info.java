/** How the service is put together: its settings and the beans built from them. */
@NullMarked
package vn.lienthong.orchestrator.config;

import org.jspecify.annotations.NullMarked;
