package vn.lienthong.civilregistry.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.civilregistry.domain.BirthRegistration;
import vn.lienthong.civilregistry.domain.CertificateNumber;
import vn.lienthong.civilregistry.domain.ChildIdentity;
import vn.lienthong.civilregistry.domain.RegistrationId;
import vn.lienthong.civilregistry.domain.Timeliness;
import vn.lienthong.platform.domain.DossierId;

/** The register of births. Rows are only ever inserted: a registration is a legal record. */
@Repository
public class BirthRegistrations {

    private static final String COLUMNS = """
            registration_id, dossier_id, dossier_code, unit_code, province_code, book_year, certificate_seq,
            registration_date, received_on, timeliness, fee, personal_id_number, declaration::text as declaration""";

    private final JdbcClient jdbc;

    BirthRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the registration; a second one for the same child, dossier, number or ID fails on a unique index. */
    public void insert(BirthRegistration registration) {
        jdbc.sql("""
                        insert into birth_registration (registration_id, dossier_id, dossier_code, unit_code, province_code,
                            book_year, certificate_seq, registration_date, received_on, timeliness, fee, personal_id_number,
                            declaration, child_identity)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(registration.registrationId().value(),
                        registration.dossierId() == null ? null : registration.dossierId().value(), registration.dossierCode(),
                        registration.unitCode(), registration.provinceCode(), registration.certificateNumber().year(),
                        registration.certificateNumber().number(), registration.registrationDate(),
                        registration.receivedOn(), registration.timeliness().name(), registration.fee(),
                        registration.personalIdNumber(), DeclarationJson.write(registration.declaration()),
                        ChildIdentity.of(registration.declaration()))
                .update();
    }

    public Optional<BirthRegistration> find(RegistrationId registrationId) {
        return jdbc.sql("select " + COLUMNS + " from birth_registration where registration_id = ?")
                .param(registrationId.value()).query(BirthRegistrations::map).optional();
    }

    public Optional<BirthRegistration> findByDossier(DossierId dossierId) {
        return jdbc.sql("select " + COLUMNS + " from birth_registration where dossier_id = ?")
                .param(dossierId.value()).query(BirthRegistrations::map).optional();
    }

    public Optional<BirthRegistration> findByChild(String childIdentity) {
        return jdbc.sql("select " + COLUMNS + " from birth_registration where child_identity = ?")
                .param(childIdentity).query(BirthRegistrations::map).optional();
    }

    public Optional<BirthRegistration> findByCertificate(String unitCode, CertificateNumber certificate) {
        return jdbc.sql("select " + COLUMNS + " from birth_registration where unit_code = ? and book_year = ? and certificate_seq = ?")
                .params(unitCode, certificate.year(), certificate.number()).query(BirthRegistrations::map).optional();
    }

    private static BirthRegistration map(ResultSet rs, int row) throws SQLException {
        return new BirthRegistration(
                new RegistrationId(rs.getObject("registration_id", UUID.class)),
                dossierId(rs.getObject("dossier_id", UUID.class)),
                rs.getString("dossier_code"),
                rs.getString("unit_code"),
                rs.getString("province_code"),
                new CertificateNumber(rs.getInt("certificate_seq"), rs.getInt("book_year")),
                rs.getObject("registration_date", LocalDate.class),
                rs.getObject("received_on", LocalDate.class),
                Timeliness.valueOf(rs.getString("timeliness")),
                rs.getBigDecimal("fee"),
                rs.getString("personal_id_number"),
                DeclarationJson.read(rs.getString("declaration")));
    }

    private static @Nullable DossierId dossierId(@Nullable UUID value) {
        return value == null ? null : new DossierId(value);
    }
}
