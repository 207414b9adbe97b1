/** Calls to other services: residence-service's household register (OpenFeign, with this service's own token). */
@NullMarked
package vn.lienthong.orchestrator.clients;

import org.jspecify.annotations.NullMarked;
