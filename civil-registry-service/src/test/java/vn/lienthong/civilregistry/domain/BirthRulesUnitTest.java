package vn.lienthong.civilregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.lienthong.civilregistry.domain.Declarations.aDeclaration;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Refusal;

class BirthRulesUnitTest {

    private static final LocalDate BORN = LocalDate.of(2025, 1, 1);

    @Test
    void acceptsACompleteDeclarationOfANewborn() {
        assertThat(BirthRules.refusalOf(aDeclaration("Nguyễn Thị An", BORN), BORN.plusDays(3), Channel.LINKED_DOSSIER))
                .isEmpty();
    }

    @Test
    void acceptsABirthDeclaredOnTheDayOfBirth() {
        assertThat(BirthRules.refusalOf(aDeclaration("Nguyễn Thị An", BORN), BORN, Channel.LINKED_DOSSIER)).isEmpty();
    }

    @Test
    void refusesBirthDateInTheFuture() {
        assertThat(BirthRules.refusalOf(aDeclaration("Nguyễn Thị An", BORN.plusDays(1)), BORN, Channel.LINKED_DOSSIER))
                .map(Refusal::code).contains(Refusals.BIRTH_DATE_IN_FUTURE);
        assertThat(BirthRules.refusalOf(aDeclaration("Nguyễn Thị An", BORN.plusDays(1)), BORN, Channel.DIRECT))
                .map(Refusal::code).contains(Refusals.BIRTH_DATE_IN_FUTURE);
    }

    @Test
    void refusesAnIncompleteDeclarationNamingWhatIsMissing() {
        var declaration = new BirthDeclaration(Declarations.DUC_GIANG, null, null, null, null);

        var refusal = BirthRules.refusalOf(declaration, BORN, Channel.LINKED_DOSSIER).orElseThrow();

        assertThat(refusal.code()).isEqualTo(Refusals.INCOMPLETE_DECLARATION);
        assertThat(refusal.message()).contains("child", "mother");
    }

    @Test
    void refusesAChildOfSixInALinkedDossier() {
        var sixthBirthday = BORN.plusYears(6);

        assertThat(BirthRules.refusalOf(aDeclaration("Nguyễn Thị An", BORN), sixthBirthday, Channel.LINKED_DOSSIER))
                .map(Refusal::code).contains(Refusals.CHILD_OVER_SIX);
        assertThat(BirthRules.refusalOf(aDeclaration("Nguyễn Thị An", BORN), sixthBirthday.plusYears(3), Channel.LINKED_DOSSIER))
                .map(Refusal::code).contains(Refusals.CHILD_OVER_SIX);
    }

    @Test
    void acceptsAChildTheDayBeforeTheSixthBirthdayInALinkedDossier() {
        assertThat(BirthRules.refusalOf(aDeclaration("Nguyễn Thị An", BORN), BORN.plusYears(6).minusDays(1),
                Channel.LINKED_DOSSIER)).isEmpty();
    }

    @Test
    void registersAnOlderChildDirectlyBecauseTheAgeLimitBelongsToTheLinkedProcedure() {
        assertThat(BirthRules.refusalOf(aDeclaration("Nguyễn Thị An", BORN), BORN.plusYears(10), Channel.DIRECT)).isEmpty();
    }

    @Test
    void aBirthDeclaredWithinSixtyDaysIsOnTime() {
        assertThat(BirthRules.timeliness(BORN, BORN)).isEqualTo(Timeliness.ON_TIME);
        assertThat(BirthRules.timeliness(BORN, BORN.plusDays(60))).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void aBirthDeclaredOnTheSixtyFirstDayIsLate() {
        assertThat(BirthRules.timeliness(BORN, BORN.plusDays(61))).isEqualTo(Timeliness.LATE);
        assertThat(BirthRules.timeliness(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 5, 14))).isEqualTo(Timeliness.ON_TIME);
        assertThat(BirthRules.timeliness(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 5, 15))).isEqualTo(Timeliness.LATE);
    }
}
