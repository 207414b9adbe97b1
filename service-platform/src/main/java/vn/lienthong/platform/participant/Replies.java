package vn.lienthong.platform.participant;

import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import vn.lienthong.contracts.Message;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.messaging.Outbox;

/**
 * Replies an agency sends after the command's transaction: an officer's decision over REST, a retry worker's
 * result, a carrier's report. {@link #send} writes the reply to the agency's events topic through the outbox
 * and, for a decision, remembers the dossier as decided, so a repeated step is answered with it.
 */
public class Replies {

    private final ObjectProvider<Participant<?, ?>> participants;
    private final Outbox outbox;
    private final DossierMemory memory;

    // The participants are looked up when a reply is sent: a participant's handlers may themselves use Replies.
    Replies(ObjectProvider<Participant<?, ?>> participants, Outbox outbox, DossierMemory memory) {
        this.participants = participants;
        this.outbox = outbox;
        this.memory = memory;
    }

    /**
     * Sends {@code reply} on the events topic of the participant whose reply family it belongs to, in the
     * caller's transaction (which must be active). Returns the message ID ({@code ce_id}).
     *
     * @throws CancelledDossierException for a decision on a dossier that was cancelled here (nothing is sent)
     * @throws IllegalArgumentException when no participant of this service sends replies of that type
     */
    public UUID send(Message reply) {
        Participant<?, ?> participant = participantFor(reply);
        if (participant.isDecision(reply)) {
            memory.rememberDecided(DossierId.of(reply.dossierId()), reply);
        }
        return outbox.append(participant.agency().events(), reply);
    }

    private Participant<?, ?> participantFor(Message reply) {
        List<Participant<?, ?>> senders = participants.orderedStream().filter(p -> p.isReply(reply)).toList();
        if (senders.size() != 1) {
            throw new IllegalArgumentException(reply.getClass().getSimpleName()
                    + " is not a reply of this service's participant");
        }
        return senders.getFirst();
    }
}
