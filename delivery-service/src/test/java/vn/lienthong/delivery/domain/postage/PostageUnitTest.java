package vn.lienthong.delivery.domain.postage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.contracts.delivery.DeliveryMethod.COMMUNE_STAFF;
import static vn.lienthong.contracts.delivery.DeliveryMethod.DESK;
import static vn.lienthong.contracts.delivery.DeliveryMethod.POST;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DESIGN.md rule 9: the requester pays unless a subsidy rule waives the postage. */
class PostageUnitTest {

    static final Tariff TARIFF = new Tariff(new BigDecimal("16500"), new BigDecimal("22000"), new BigDecimal("15000"));
    static final SubsidyRule MERIT = new SubsidyRule("policy-beneficiaries-home-delivery",
            Set.of("WAR_INVALID", "MARTYR_FAMILY", "REVOLUTIONARY_VETERAN", "HEROIC_MOTHER", "RESISTANCE_ACTIVIST",
                    "OTHER_MERIT"),
            Set.of(), Set.of(POST, COMMUNE_STAFF));
    static final List<SubsidyRule> DEFAULT_RULES = List.of(MERIT);

    @Test
    void chargesTheSameProvinceRateForAParcelWithinTheProvince() {
        Postage postage = Postage.assess(TARIFF, DEFAULT_RULES, POST, "001", "001", null);

        assertThat(postage.fee()).isEqualByComparingTo("16500");
        assertThat(postage.waivedBy()).isNull();
        assertThat(postage.settlement()).isEqualTo(Postage.Settlement.CHARGED);
    }

    @Test
    void chargesTheOtherProvinceRateForAParcelToAnotherProvince() {
        assertThat(Postage.assess(TARIFF, DEFAULT_RULES, POST, "001", "056", null).fee()).isEqualByComparingTo("22000");
    }

    @Test
    void chargesTheCommuneStaffRateForAHomeVisit() {
        assertThat(Postage.assess(TARIFF, DEFAULT_RULES, COMMUNE_STAFF, "001", "001", null).fee())
                .isEqualByComparingTo("15000");
    }

    @Test
    void pickupAtTheDeskCostsNothingAndNeedsNoRule() {
        Postage postage = Postage.assess(TARIFF, DEFAULT_RULES, DESK, "001", "001", "WAR_INVALID");

        assertThat(postage.fee()).isZero();
        assertThat(postage.waivedBy()).isNull();
        assertThat(postage.settlement()).isEqualTo(Postage.Settlement.FREE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WAR_INVALID", "MARTYR_FAMILY", "REVOLUTIONARY_VETERAN", "HEROIC_MOTHER",
            "RESISTANCE_ACTIVIST", "OTHER_MERIT"})
    void theDefaultRuleWaivesPostageForEveryBeneficiaryCategoryByPostAndByCommuneStaff(String category) {
        for (var method : List.of(POST, COMMUNE_STAFF)) {
            Postage postage = Postage.assess(TARIFF, DEFAULT_RULES, method, "001", "056", category);

            assertThat(postage.fee()).as("%s by %s", category, method).isZero();
            assertThat(postage.rate()).isPositive();
            assertThat(postage.waivedBy()).isEqualTo("policy-beneficiaries-home-delivery");
            assertThat(postage.settlement()).isEqualTo(Postage.Settlement.WAIVED);
        }
    }

    @Test
    void aCategoryNoRuleNamesIsCharged() {
        assertThat(Postage.assess(TARIFF, DEFAULT_RULES, POST, "001", "001", "VETERAN_OF_SOMETHING").fee())
                .isEqualByComparingTo("16500");
    }

    @Test
    void matchesCategoriesIgnoringCaseAndBlanks() {
        assertThat(Postage.assess(TARIFF, DEFAULT_RULES, POST, "001", "001", " war_invalid ").waivedBy())
                .isEqualTo("policy-beneficiaries-home-delivery");
    }

    @Test
    void aRuleForSomeProvincesWaivesOnlyThere() {
        var hanoiOnly = new SubsidyRule("hanoi-merit", Set.of("WAR_INVALID"), Set.of("001"), Set.of(POST));

        assertThat(Postage.assess(TARIFF, List.of(hanoiOnly), POST, "001", "001", "WAR_INVALID").fee()).isZero();
        assertThat(Postage.assess(TARIFF, List.of(hanoiOnly), POST, "056", "056", "WAR_INVALID").fee())
                .isEqualByComparingTo("16500");
    }

    @Test
    void aRuleForSomeMethodsWaivesOnlyThose() {
        var staffOnly = new SubsidyRule("staff-only", Set.of("WAR_INVALID"), Set.of(), Set.of(COMMUNE_STAFF));

        assertThat(Postage.assess(TARIFF, List.of(staffOnly), COMMUNE_STAFF, "001", "001", "WAR_INVALID").fee()).isZero();
        assertThat(Postage.assess(TARIFF, List.of(staffOnly), POST, "001", "001", "WAR_INVALID").fee())
                .isEqualByComparingTo("16500");
    }

    @Test
    void theFirstRuleThatAppliesIsTheOneRecorded() {
        var khanhHoa = new SubsidyRule("khanh-hoa-heroic-mothers", Set.of("HEROIC_MOTHER"), Set.of("056"), Set.of(POST));

        assertThat(Postage.assess(TARIFF, List.of(khanhHoa, MERIT), POST, "056", "056", "HEROIC_MOTHER").waivedBy())
                .isEqualTo("khanh-hoa-heroic-mothers");
        assertThat(Postage.assess(TARIFF, List.of(khanhHoa, MERIT), POST, "001", "001", "HEROIC_MOTHER").waivedBy())
                .isEqualTo("policy-beneficiaries-home-delivery");
    }

    @Test
    void withoutRulesEveryoneIsCharged() {
        assertThat(Postage.assess(TARIFF, List.of(), POST, "001", "001", "WAR_INVALID").fee())
                .isEqualByComparingTo("16500");
    }

    @Test
    void refusesATariffWithNegativeOrFractionalRatesAndARuleWithoutCategoriesOrMethods() {
        assertThatThrownBy(() -> new Tariff(new BigDecimal("-1"), BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Tariff(new BigDecimal("16500.5"), BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubsidyRule("x", Set.of(), Set.of(), Set.of(POST)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubsidyRule("x", Set.of("WAR_INVALID"), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
