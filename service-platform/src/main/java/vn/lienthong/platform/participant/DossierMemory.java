package vn.lienthong.platform.participant;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.contracts.Message;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.platform.messaging.MessageCodec;
import vn.lienthong.platform.messaging.MessagingSchema;

/**
 * What this service remembers of each settled dossier (table {@code messaging.dossier_memory}, keyed by the
 * service's name and the dossier): that it was cancelled, or that it was decided and with which reply. The
 * participant's listener keeps it; an agency's own paths read it, e.g. so an officer cannot decide a cancelled
 * dossier.
 */
public class DossierMemory {

    /** How a dossier was settled. */
    public enum State {
        /** A cancellation command was handled: steps arriving later are not handled. */
        CANCELLED,
        /** A step was answered with a decision: a repeated step is answered with it again. */
        DECIDED
    }

    /**
     * A settled dossier.
     *
     * @param reply the settling reply: the decision of a DECIDED dossier; for a CANCELLED one, the
     *     cancellation's reply when it had one
     */
    public record Remembered(DossierId dossier, State state, @Nullable Message reply) {
    }

    private final JdbcClient jdbc;
    private final MessageCodec codec;
    private final String consumer;

    DossierMemory(MessagingSchema schema, JdbcClient jdbc, MessageCodec codec, String consumer) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.consumer = consumer;
    }

    /** True when a cancellation of the dossier has been handled by this service. */
    public boolean cancelled(DossierId dossier) {
        return state(dossier).filter(remembered -> remembered.state() == State.CANCELLED).isPresent();
    }

    /** How the dossier was settled here, or empty while it is not. */
    public Optional<Remembered> state(DossierId dossier) {
        return jdbc.sql("""
                        select state, reply_type, reply_payload from messaging.dossier_memory
                        where consumer = ? and dossier_id = ?""")
                .params(consumer, dossier.value())
                .query((rs, n) -> new Remembered(dossier, State.valueOf(rs.getString(1)),
                        decode(rs.getString(2), rs.getBytes(3), dossier)))
                .optional();
    }

    /** Remembers the dossier as cancelled, whatever it was before. */
    void rememberCancelled(DossierId dossier, @Nullable Message reply) {
        jdbc.sql("""
                        insert into messaging.dossier_memory (consumer, dossier_id, state, reply_type, reply_payload)
                        values (?, ?, 'CANCELLED', ?, ?)
                        on conflict (consumer, dossier_id) do update
                        set state = excluded.state, reply_type = excluded.reply_type,
                            reply_payload = excluded.reply_payload, remembered_at = now()""")
                .params(consumer, dossier.value(), reply == null ? null : codec.typeOf(reply),
                        reply == null ? null : codec.encode(reply))
                .update();
    }

    /**
     * Remembers the decision, replacing an earlier one; refuses when the dossier is cancelled. The row lock of the
     * upsert orders this against a concurrent cancellation.
     *
     * @throws CancelledDossierException when the dossier was cancelled here
     */
    void rememberDecided(DossierId dossier, Message decision) {
        int changed = jdbc.sql("""
                        insert into messaging.dossier_memory (consumer, dossier_id, state, reply_type, reply_payload)
                        values (?, ?, 'DECIDED', ?, ?)
                        on conflict (consumer, dossier_id) do update
                        set state = excluded.state, reply_type = excluded.reply_type,
                            reply_payload = excluded.reply_payload, remembered_at = now()
                        where dossier_memory.state <> 'CANCELLED'""")
                .params(consumer, dossier.value(), codec.typeOf(decision), codec.encode(decision))
                .update();
        if (changed == 0) {
            throw new CancelledDossierException(dossier);
        }
    }

    private @Nullable Message decode(@Nullable String type, byte @Nullable [] payload, DossierId dossier) {
        return type == null ? null : codec.decode(type, payload, dossier.toString());
    }
}
