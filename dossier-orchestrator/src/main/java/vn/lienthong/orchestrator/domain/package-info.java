/**
 * The orchestrator's domain core: the linked-procedure saga (immutable dossier state and the engine that turns an
 * agency's reply into the next state plus the messages to send) and the service levels that set its dates. One
 * package, so that only the engine can move a dossier (the state's withers are package-private); each linked
 * group's table lives in its own sub-package. No Spring, Kafka, Jackson or JDBC here.
 */
@NullMarked
package vn.lienthong.orchestrator.domain;

import org.jspecify.annotations.NullMarked;
