package vn.lienthong.healthinsurance;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.testsupport.TestClock;

/** Test fixture: the orchestrator's {@code IssueHealthInsuranceCard} for a fresh child and dossier, changed one property at a time. */
final class AnIssueCommand {

    private static final AtomicInteger serial = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 900_000));

    private UUID dossierId = UUID.randomUUID();
    private String dossierCode = "000.26.45.H26-" + serial.get() + "-" + ThreadLocalRandom.current().nextInt(1000, 9999);
    private String unitCode = "000.26.45.H26";
    // A girl born 2025 in Hà Nội (DESIGN.md rule 1), unique within the run.
    private @Nullable String personalIdNumber = "001325" + serial.incrementAndGet();
    private @Nullable String fullName = "Nguyễn Thị An";
    private LocalDate dateOfBirth = LocalDate.now(TestClock.VIETNAM).minusDays(20);
    private @Nullable String provinceCode = "001";
    private @Nullable String commune = "Phường Đức Giang";
    private @Nullable String facilityCode;
    private LocalDate birthRegisteredOn = LocalDate.now(TestClock.VIETNAM).minusDays(1);

    static AnIssueCommand anIssueCommand() {
        return new AnIssueCommand();
    }

    AnIssueCommand forTheSameChildAs(IssueHealthInsuranceCard other) {
        this.personalIdNumber = other.personalIdNumber();
        this.dateOfBirth = other.dateOfBirth();
        return this;
    }

    AnIssueCommand withPersonalIdNumber(@Nullable String personalIdNumber) {
        this.personalIdNumber = personalIdNumber;
        return this;
    }

    AnIssueCommand withFullName(@Nullable String fullName) {
        this.fullName = fullName;
        return this;
    }

    AnIssueCommand atUnit(String unitCode) {
        this.unitCode = unitCode;
        return this;
    }

    AnIssueCommand bornOn(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
        return this;
    }

    AnIssueCommand birthRegisteredOn(LocalDate day) {
        this.birthRegisteredOn = day;
        return this;
    }

    AnIssueCommand livingIn(@Nullable String provinceCode, @Nullable String commune) {
        this.provinceCode = provinceCode;
        this.commune = commune;
        return this;
    }

    AnIssueCommand choosing(@Nullable String facilityCode) {
        this.facilityCode = facilityCode;
        return this;
    }

    IssueHealthInsuranceCard build() {
        return new IssueHealthInsuranceCard(dossierId, dossierCode, unitCode, personalIdNumber, fullName, Sex.FEMALE,
                dateOfBirth, provinceCode, commune, facilityCode, birthRegisteredOn);
    }
}
