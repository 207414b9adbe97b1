package vn.lienthong.residence.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.platform.calendar.DueDate;
import vn.lienthong.platform.domain.DossierId;
import vn.lienthong.residence.domain.registration.ApplicationId;
import vn.lienthong.residence.domain.registration.ApplicationRequest;
import vn.lienthong.residence.domain.registration.ApplicationStatus;
import vn.lienthong.residence.domain.registration.DecidedBy;
import vn.lienthong.residence.domain.registration.Decider;
import vn.lienthong.residence.domain.registration.PermanentResidenceApplication;
import vn.lienthong.residence.domain.registration.Residence;

/** Permanent-residence applications and their history. */
@Repository
public class ResidenceApplications {

    /** Filters of the officers' list; null means any. */
    public record Filter(@Nullable String dossierCode, @Nullable ApplicationStatus status, @Nullable String unitCode,
                  int limit) {
    }

    /**
     * One entry of an application's history: what kind of actor made the change (a command, an officer, the policy,
     * the checks) and, when a person did, who ({@code username}).
     */
    public record Change(Instant occurredAt, ApplicationStatus status, String actor, @Nullable String username,
                  @Nullable String note) {
    }

    private static final String COLUMNS = """
            id, dossier_id, dossier_code, unit_code, child_personal_id_number, household_number, relationship_to_head,
            mother_personal_id_number, father_personal_id_number, status, received_at, due_date, due_date_provisional,
            decided_at, decided_by, decided_by_username, refusal_code, refusal_message, missing_items, supplement_request_note,
            supplement_rounds, registered_on, registered_address, registered_province_code, registered_commune""";

    private final JdbcClient jdbc;

    ResidenceApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The dossier's application, locked until the end of the transaction. */
    public Optional<PermanentResidenceApplication> lockByDossier(DossierId dossierId) {
        return jdbc.sql("select " + COLUMNS + " from residence_application where dossier_id = ? for update")
                .param(dossierId.value()).query(ResidenceApplications::application).optional();
    }

    /** The application, locked until the end of the transaction. */
    public Optional<PermanentResidenceApplication> lock(ApplicationId id) {
        return jdbc.sql("select " + COLUMNS + " from residence_application where id = ? for update")
                .param(id.value()).query(ResidenceApplications::application).optional();
    }

    public Optional<PermanentResidenceApplication> find(ApplicationId id) {
        return jdbc.sql("select " + COLUMNS + " from residence_application where id = ?")
                .param(id.value()).query(ResidenceApplications::application).optional();
    }

    /** The officers' list: most urgent first (earliest due date, then earliest received). */
    public List<PermanentResidenceApplication> search(Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.dossierCode() != null) {
            conditions.add("dossier_code = ?");
            params.add(filter.dossierCode());
        }
        if (filter.status() != null) {
            conditions.add("status = ?");
            params.add(filter.status().name());
        }
        if (filter.unitCode() != null) {
            conditions.add("unit_code = ?");
            params.add(filter.unitCode());
        }
        params.add(filter.limit());
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select " + COLUMNS + " from residence_application" + where
                        + " order by due_date nulls last, received_at, id limit ?")
                .params(params).query(ResidenceApplications::application).list();
    }

    /**
     * Inserts or updates the application, and appends the change to its history: by {@code actor} (the kind), and
     * {@code username} when a person made it.
     */
    public void save(PermanentResidenceApplication application, Instant at, String actor, @Nullable String username,
              @Nullable String note) {
        ApplicationRequest request = application.request();
        Decider decider = application.decidedBy();
        DueDate due = application.dueDate();
        Refusal refusal = application.refusal();
        Residence residence = application.residence();
        jdbc.sql("insert into residence_application (" + COLUMNS + """
                        ) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set
                          status = excluded.status, due_date = excluded.due_date,
                          due_date_provisional = excluded.due_date_provisional, decided_at = excluded.decided_at,
                          decided_by = excluded.decided_by, decided_by_username = excluded.decided_by_username,
                          refusal_code = excluded.refusal_code,
                          refusal_message = excluded.refusal_message, missing_items = excluded.missing_items,
                          supplement_request_note = excluded.supplement_request_note,
                          supplement_rounds = excluded.supplement_rounds, registered_on = excluded.registered_on,
                          registered_address = excluded.registered_address,
                          registered_province_code = excluded.registered_province_code,
                          registered_commune = excluded.registered_commune""")
                .params(application.id().value(), application.dossierId().value(),
                        request == null ? null : request.dossierCode(),
                        request == null ? null : request.unitCode(),
                        request == null ? null : request.childPersonalIdNumber(),
                        request == null ? null : request.householdNumber(),
                        request == null ? null : request.relationshipToHead(),
                        request == null ? null : request.motherPersonalIdNumber(),
                        request == null ? null : request.fatherPersonalIdNumber(),
                        application.status().name(), utc(application.receivedAt()),
                        due == null ? null : due.date(), due != null && due.provisional(),
                        application.decidedAt() == null ? null : utc(application.decidedAt()),
                        decider == null ? null : decider.basis().name(),
                        decider == null ? null : decider.username(),
                        refusal == null ? null : refusal.code(), refusal == null ? null : refusal.message(),
                        application.missingItems().toArray(String[]::new), application.supplementRequestNote(),
                        application.supplementRounds(),
                        residence == null ? null : residence.registeredOn(),
                        residence == null ? null : residence.addressSummary(),
                        residence == null ? null : residence.provinceCode(),
                        residence == null ? null : residence.commune())
                .update();
        jdbc.sql("""
                        insert into residence_application_history (application_id, occurred_at, status, actor, username,
                          note)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(application.id().value(), utc(at), application.status().name(), actor, username, note)
                .update();
    }

    /** Records the supplement of this round; false when the same supplement was received before. */
    public boolean recordSupplement(ApplicationId applicationId, int round, String fingerprint, Instant receivedAt) {
        return jdbc.sql("""
                        insert into residence_supplement (application_id, round, fingerprint, received_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(applicationId.value(), round, fingerprint, utc(receivedAt))
                .update() == 1;
    }

    public List<Change> history(ApplicationId id) {
        return jdbc.sql("select occurred_at, status, actor, username, note from residence_application_history "
                        + "where application_id = ? order by id")
                .param(id.value())
                .query((rs, row) -> new Change(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        ApplicationStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public long countPending() {
        return jdbc.sql("select count(*) from residence_application where status = 'PENDING'")
                .query(Long.class).single();
    }

    public long countOverdue(LocalDate today) {
        return jdbc.sql("select count(*) from residence_application where status = 'PENDING' and due_date < ?")
                .param(today).query(Long.class).single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static PermanentResidenceApplication application(ResultSet rs, int row) throws SQLException {
        String child = rs.getString("child_personal_id_number");
        ApplicationRequest request = child == null ? null : new ApplicationRequest(rs.getString("dossier_code"),
                rs.getString("unit_code"), child, rs.getString("household_number"),
                rs.getString("relationship_to_head"), rs.getString("mother_personal_id_number"),
                rs.getString("father_personal_id_number"));
        LocalDate dueDate = rs.getObject("due_date", LocalDate.class);
        OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
        String decidedBy = rs.getString("decided_by");
        String refusalCode = rs.getString("refusal_code");
        LocalDate registeredOn = rs.getObject("registered_on", LocalDate.class);
        Array missing = rs.getArray("missing_items");
        return new PermanentResidenceApplication(
                new ApplicationId(rs.getObject("id", UUID.class)),
                new DossierId(rs.getObject("dossier_id", UUID.class)), request,
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                dueDate == null ? null : new DueDate(dueDate, rs.getBoolean("due_date_provisional")),
                decidedAt == null ? null : decidedAt.toInstant(),
                decidedBy == null ? null : new Decider(DecidedBy.valueOf(decidedBy), rs.getString("decided_by_username")),
                refusalCode == null ? null : new Refusal(refusalCode, rs.getString("refusal_message")),
                missing == null ? List.of() : List.of((String[]) missing.getArray()),
                rs.getString("supplement_request_note"), rs.getInt("supplement_rounds"),
                registeredOn == null ? null : new Residence(rs.getString("household_number"),
                        rs.getString("registered_address"), rs.getString("registered_province_code"),
                        rs.getString("registered_commune"), registeredOn));
    }
}
