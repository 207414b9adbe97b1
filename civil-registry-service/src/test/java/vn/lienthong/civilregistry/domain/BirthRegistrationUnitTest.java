package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.civilregistry.domain.Declarations.aDeclaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienthong.platform.domain.DossierId;

class BirthRegistrationUnitTest {

    @Test
    void announcesWhatTheNextStepsNeed() {
        UUID dossier = UUID.randomUUID();
        var declaration = aDeclaration("Nguyễn Thị An", LocalDate.of(2025, 1, 1)).normalised();
        var registration = new BirthRegistration(new RegistrationId(UUID.randomUUID()), new DossierId(dossier), "000.26.45.H26-250410-0001",
                "000.26.45.H26", "001", new CertificateNumber(3, 2025), LocalDate.of(2025, 4, 10),
                LocalDate.of(2025, 4, 9), Timeliness.LATE, new BigDecimal("5000"), "001325000001", declaration);

        var announced = registration.announcement();

        assertThat(announced.dossierId()).isEqualTo(dossier);
        assertThat(announced.certificateNumber()).isEqualTo("Số 3, quyển số 2025");
        assertThat(announced.personalIdNumber()).isEqualTo("001325000001");
        assertThat(announced.late()).isTrue();
        assertThat(announced.fee()).isEqualByComparingTo("5000");
        assertThat(announced.provinceCode()).isEqualTo("001");
        assertThat(announced.child()).isEqualTo(declaration.child());
    }

    @Test
    void aDirectRegistrationIsAnnouncedToNoDossier() {
        var registration = new BirthRegistration(new RegistrationId(UUID.randomUUID()), null, null, "000.26.45.H26", "001",
                new CertificateNumber(3, 2025), LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 10),
                Timeliness.ON_TIME, BigDecimal.ZERO, "001325000001", aDeclaration("An", LocalDate.of(2025, 4, 1)));

        assertThatThrownBy(registration::announcement).isInstanceOf(IllegalStateException.class);
    }
}
