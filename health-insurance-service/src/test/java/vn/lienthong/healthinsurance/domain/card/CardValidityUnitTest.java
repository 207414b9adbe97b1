package vn.lienthong.healthinsurance.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.platform.domain.DossierId;

class CardValidityUnitTest {

    static final Instant ISSUED = Instant.parse("2025-03-20T02:00:00Z");

    @ParameterizedTest(name = "born {0} -> valid until {1}")
    @CsvSource({
            // The vectors of DESIGN.md rule 3.
            "2025-03-15, 2031-09-30",
            "2025-11-10, 2031-11-30",
            "2024-09-30, 2030-09-30",
            // Around the 30 September cut-off.
            "2024-09-29, 2030-09-30",
            "2024-10-01, 2030-10-31",
            "2024-10-31, 2030-10-31",
            "2024-12-31, 2030-12-31",
            "2025-01-01, 2031-09-30",
            // Born on 29 February: on or before 30 September, so 30 September of the sixth year.
            "2024-02-29, 2030-09-30",
            "2020-02-29, 2026-09-30",
            // Turning 6 in a month whose length differs: November has 30 days.
            "2019-11-30, 2025-11-30"})
    void aCardIsValidFromBirthUntilTheDayOfRuleThree(LocalDate dateOfBirth, LocalDate validTo) {
        CardValidity validity = CardValidity.forChildBornOn(dateOfBirth);

        assertThat(validity.from()).isEqualTo(dateOfBirth);
        assertThat(validity.to()).isEqualTo(validTo);
    }

    @ParameterizedTest(name = "born {0}: under 6 on {1} is {2}")
    @CsvSource({
            "2025-03-15, 2025-03-15, true",
            "2025-03-15, 2031-03-14, true",
            "2025-03-15, 2031-03-15, false",
            "2025-03-15, 2025-03-14, false",
            "2024-09-30, 2030-09-29, true",
            "2024-09-30, 2030-09-30, false",
            "2024-10-01, 2030-09-30, true",
            "2024-10-01, 2030-10-01, false",
            // 29 February: the sixth birthday of a common year is 28 February (last day of the month).
            "2024-02-29, 2030-02-27, true",
            "2024-02-29, 2030-02-28, false",
            "2024-02-29, 2030-03-01, false"})
    void aChildIsUnderSixUntilTheDayBeforeTheSixthBirthday(LocalDate dateOfBirth, LocalDate day, boolean underSix) {
        assertThat(CardValidity.isUnderSixOn(dateOfBirth, day)).isEqualTo(underSix);
    }

    @Test
    void theSixthBirthdayOfALeapDayChildIsTheTwentyEighthOfFebruary() {
        assertThat(CardValidity.sixthBirthday(LocalDate.parse("2024-02-29"))).isEqualTo("2030-02-28");
    }

    @Test
    void aCardIssuedTheDayBeforeTheSixthBirthdayIsStillValidThatDay() {
        LocalDate dateOfBirth = LocalDate.parse("2024-10-15");
        LocalDate dayBefore = CardValidity.sixthBirthday(dateOfBirth).minusDays(1);

        assertThat(CardValidity.isUnderSixOn(dateOfBirth, dayBefore)).isTrue();
        assertThat(CardValidity.forChildBornOn(dateOfBirth).covers(dayBefore)).isTrue();
    }

    @Test
    void coversItsFirstAndLastDayOnly() {
        CardValidity validity = CardValidity.forChildBornOn(LocalDate.parse("2025-03-15"));

        assertThat(validity.covers(LocalDate.parse("2025-03-14"))).isFalse();
        assertThat(validity.covers(LocalDate.parse("2025-03-15"))).isTrue();
        assertThat(validity.covers(LocalDate.parse("2031-09-30"))).isTrue();
        assertThat(validity.covers(LocalDate.parse("2031-10-01"))).isFalse();
    }

    @Test
    void refusesAValidityThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new CardValidity(LocalDate.parse("2025-03-15"), LocalDate.parse("2025-03-14")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChildsCardCarriesThePersonalIdNumberAndBenefitCodeTe1() {
        DossierId dossier = DossierId.of(UUID.randomUUID());
        Card card = Card.issueToChild("001325000123", LocalDate.parse("2025-03-15"), "01101", dossier, ISSUED);

        assertThat(card.number()).isEqualTo("001325000123");
        assertThat(card.benefitCode()).isEqualTo("TE1");
        assertThat(card.issuedTo(dossier)).satisfies(issued -> {
            assertThat(issued.cardNumber()).isEqualTo("001325000123");
            assertThat(issued.validFrom()).isEqualTo("2025-03-15");
            assertThat(issued.validTo()).isEqualTo("2031-09-30");
            assertThat(issued.facilityCode()).isEqualTo("01101");
        });
    }

    @Test
    void aCardIsNotYetValidBeforeBirthValidThroughItsLastDayAndExpiredAfter() {
        Card card = Card.issueToChild("001325000123", LocalDate.parse("2025-03-15"), "01101",
                DossierId.of(UUID.randomUUID()), ISSUED);

        assertThat(card.statusOn(LocalDate.parse("2025-03-14"))).isEqualTo(CardStatus.NOT_YET_VALID);
        assertThat(card.statusOn(LocalDate.parse("2031-09-30"))).isEqualTo(CardStatus.VALID);
        assertThat(card.statusOn(LocalDate.parse("2031-10-01"))).isEqualTo(CardStatus.EXPIRED);
    }
}
