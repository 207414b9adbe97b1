/**
 * The linked-procedure saga: immutable dossier state, the table of steps of each linked group, and the engine
 * that turns an agency's reply into the next state plus the messages to send. No Spring, Kafka or Jackson here.
 */
@NullMarked
package vn.lienthong.orchestrator.saga;

import org.jspecify.annotations.NullMarked;
