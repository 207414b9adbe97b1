package vn.lienthong.civilregistry.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.civilregistry.birth.BirthRegistration;
import vn.lienthong.civilregistry.birth.CertificateNumber;
import vn.lienthong.civilregistry.birth.ChildIdentity;
import vn.lienthong.civilregistry.birth.Timeliness;

/** The register of births. Rows are only ever inserted: a registration is a legal record. */
@Repository
class BirthRegistrations {

    private static final String COLUMNS = """
            registration_id, dossier_id, dossier_code, unit_code, province_code, book_year, certificate_seq,
            registration_date, received_on, timeliness, fee, personal_id_number, declaration::text as declaration""";

    private final JdbcClient jdbc;

    BirthRegistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the registration; a second one for the same child, dossier, number or ID fails on a unique index. */
    void insert(BirthRegistration registration) {
        jdbc.sql("""
                        insert into birth_registration (registration_id, dossier_id, dossier_code, unit_code, province_code,
                            book_year, certificate_seq, registration_date, received_on, timeliness, fee, personal_id_number,
                            declaration, child_identity)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(registration.registrationId(), registration.dossierId(), registration.dossierCode(),
                        registration.unitCode(), registration.provinceCode(), registration.certificateNumber().year(),
                        registration.certificateNumber().number(), registration.registrationDate(),
                        registration.receivedOn(), registration.timeliness().name(), registration.fee(),
                        registration.personalIdNumber(), DeclarationJson.write(registration.declaration()),
                        ChildIdentity.of(registration.declaration()))
                .update();
    }

    Optional<BirthRegistration> find(UUID registrationId) {
        return jdbc.sql("select " + COLUMNS + " from birth_registration where registration_id = ?")
                .param(registrationId).query(BirthRegistrations::map).optional();
    }

    Optional<BirthRegistration> findByDossier(UUID dossierId) {
        return jdbc.sql("select " + COLUMNS + " from birth_registration where dossier_id = ?")
                .param(dossierId).query(BirthRegistrations::map).optional();
    }

    Optional<BirthRegistration> findByChild(String childIdentity) {
        return jdbc.sql("select " + COLUMNS + " from birth_registration where child_identity = ?")
                .param(childIdentity).query(BirthRegistrations::map).optional();
    }

    Optional<BirthRegistration> findByCertificate(String unitCode, CertificateNumber certificate) {
        return jdbc.sql("select " + COLUMNS + " from birth_registration where unit_code = ? and book_year = ? and certificate_seq = ?")
                .params(unitCode, certificate.year(), certificate.number()).query(BirthRegistrations::map).optional();
    }

    private static BirthRegistration map(ResultSet rs, int row) throws SQLException {
        return new BirthRegistration(
                rs.getObject("registration_id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getString("dossier_code"),
                rs.getString("unit_code"),
                rs.getString("province_code"),
                new CertificateNumber(rs.getInt("certificate_seq"), rs.getInt("book_year")),
                rs.getObject("registration_date", java.time.LocalDate.class),
                rs.getObject("received_on", java.time.LocalDate.class),
                Timeliness.valueOf(rs.getString("timeliness")),
                rs.getBigDecimal("fee"),
                rs.getString("personal_id_number"),
                DeclarationJson.read(rs.getString("declaration")));
    }
}
