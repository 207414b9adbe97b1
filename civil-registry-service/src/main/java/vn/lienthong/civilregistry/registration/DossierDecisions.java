package vn.lienthong.civilregistry.registration;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.contracts.Refusal;

/** What was decided for a dossier that did not lead to a registration: refused, or withdrawn (cancelled). */
@Repository
class DossierDecisions {

    /** {@code refusal} is set for a refused dossier, null for a withdrawn one. */
    record Decision(boolean refused, @Nullable Refusal refusal) {
    }

    private final JdbcClient jdbc;

    DossierDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Decision> find(UUID dossierId) {
        return jdbc.sql("select decision, reason_code, reason from dossier_decision where dossier_id = ?")
                .param(dossierId)
                .query((rs, row) -> "REFUSED".equals(rs.getString("decision"))
                        ? new Decision(true, new Refusal(rs.getString("reason_code"), rs.getString("reason")))
                        : new Decision(false, null))
                .optional();
    }

    void refused(UUID dossierId, Refusal refusal) {
        jdbc.sql("insert into dossier_decision (dossier_id, decision, reason_code, reason) values (?, 'REFUSED', ?, ?)")
                .params(dossierId, refusal.code(), refusal.message())
                .update();
    }

    /** Records the withdrawal; a dossier already refused keeps its refusal. */
    void cancelled(UUID dossierId) {
        jdbc.sql("insert into dossier_decision (dossier_id, decision) values (?, 'CANCELLED') on conflict (dossier_id) do nothing")
                .param(dossierId)
                .update();
    }
}
