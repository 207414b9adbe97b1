package vn.lienthong.healthinsurance.domain.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Sex;
import vn.lienthong.platform.domain.DossierId;

/** Test fixture: a declaration just received, in domain words, changed one property at a time. */
final class ADeclaration {

    static final Instant RECEIVED = Instant.parse("2025-03-20T02:00:00Z");

    private LocalDate dateOfBirth = LocalDate.parse("2025-03-15");
    private @Nullable String provinceCode = "001";
    private @Nullable String commune = "Phường Đức Giang";
    private @Nullable String facilityCode;

    static ADeclaration aDeclaration() {
        return new ADeclaration();
    }

    ADeclaration bornOn(String date) {
        this.dateOfBirth = LocalDate.parse(date);
        return this;
    }

    ADeclaration livingIn(@Nullable String provinceCode, @Nullable String commune) {
        this.provinceCode = provinceCode;
        this.commune = commune;
        return this;
    }

    ADeclaration choosing(@Nullable String facilityCode) {
        this.facilityCode = facilityCode;
        return this;
    }

    Declaration received() {
        return Declaration.receive(new DeclarationId(UUID.randomUUID()), DossierId.of(UUID.randomUUID()),
                "000.26.45.H26-250320-0001", "000.26.45.H26",
                new DeclaredChild("001325000123", "Nguyễn Thị An", Sex.FEMALE, dateOfBirth),
                provinceCode, commune, facilityCode, LocalDate.parse("2025-03-20"), LocalDate.parse("2025-03-24"), false,
                RECEIVED);
    }
}
