package vn.lienthong.residence.domain.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Sex;

class NamesAndFingerprintsUnitTest {

    private static final String NFC = "Nguyễn Thị An";
    private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

    @Test
    void storesNamesGivenInNfdAsNfc() {
        assertThat(NFD).isNotEqualTo(NFC);
        assertThat(new Person("001325000001", NFD, Sex.FEMALE, LocalDate.of(2025, 3, 15), "001").fullName())
                .isEqualTo(NFC);
    }

    @Test
    void fingerprintsTheSameBirthAlikeWhateverTheFormOfTheName() {
        var request = new AllocationRequest("001", NFC, Sex.FEMALE, LocalDate.of(2025, 3, 15));
        var sameInNfd = new AllocationRequest("001", NFD.toLowerCase(), Sex.FEMALE, LocalDate.of(2025, 3, 15));
        var otherDay = new AllocationRequest("001", NFC, Sex.FEMALE, LocalDate.of(2025, 3, 16));

        assertThat(sameInNfd.fingerprint()).isEqualTo(request.fingerprint());
        assertThat(otherDay.fingerprint()).isNotEqualTo(request.fingerprint());
        assertThat(request.fingerprint()).hasSize(64).doesNotContain("Nguy");
    }

    @Test
    void tellsAPersonWithAnotherBirthDateFromTheRecordedOne() {
        var recorded = new Person("001325000001", NFC, Sex.FEMALE, LocalDate.of(2025, 3, 15), "001");

        assertThat(recorded.matches(new Person("001325000001", NFD, Sex.FEMALE, LocalDate.of(2025, 3, 15), "001")))
                .isTrue();
        assertThat(recorded.matches(new Person("001325000001", NFC, Sex.FEMALE, LocalDate.of(2025, 3, 16), "001")))
                .isFalse();
        assertThat(recorded.matches(new Person("001325000001", NFC, Sex.MALE, LocalDate.of(2025, 3, 15), "001")))
                .isFalse();
    }
}
