package vn.lienthong.healthinsurance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lienthong.healthinsurance.domain.facility.Facility;
import vn.lienthong.healthinsurance.domain.facility.FacilityKind;

/** The facility catalogue, read from its table (seeded by Flyway). */
@Repository
public class Facilities {

    private static final String COLUMNS = "code, name, province_code, commune, kind, rank";

    private final JdbcClient jdbc;

    Facilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Facility> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from facilities where code = ?")
                .param(code).query(Facilities::facility).optional();
    }

    /** The province's facilities, first-ranked first. */
    public List<Facility> inProvince(String provinceCode) {
        return jdbc.sql("select " + COLUMNS + " from facilities where province_code = ? order by rank")
                .param(provinceCode).query(Facilities::facility).list();
    }

    public List<Facility> all() {
        return jdbc.sql("select " + COLUMNS + " from facilities order by province_code, rank")
                .query(Facilities::facility).list();
    }

    private static Facility facility(ResultSet row, int rowNumber) throws SQLException {
        return new Facility(row.getString("code"), row.getString("name"), row.getString("province_code"),
                row.getString("commune"), FacilityKind.valueOf(row.getString("kind")), row.getInt("rank"));
    }
}
