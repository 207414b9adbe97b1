/**
 * The use cases: the desk's intake, the saga's application service (each transition in one transaction with its
 * messages, timeline and timers), the durable timers, the operators' probes and gauges.
 */
@NullMarked
package vn.lienthong.orchestrator.application;

import org.jspecify.annotations.NullMarked;
