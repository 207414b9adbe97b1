/**
 * One shape for every agency that takes part in a dossier: a {@link vn.lienthong.platform.participant.Participant}
 * bean names the agency's command handlers and the replies that settle a step; the platform reads the agency's
 * commands topic, remembers cancelled and decided dossiers, and writes each reply to the agency's events topic
 * in the transaction of the handler. The orchestrator reads the agencies' events through an
 * {@link vn.lienthong.platform.participant.EventSubscription}.
 */
@NullMarked
package vn.lienthong.platform.participant;

import org.jspecify.annotations.NullMarked;
