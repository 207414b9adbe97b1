package vn.lienthong.delivery.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockPropertySource;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.delivery.domain.postage.Postage;

/** The settings as shipped in delivery-service.yml, and the ones that stop the start-up. */
class DeliverySettingsUnitTest {

    private static final List<String> BENEFICIARY_CATEGORIES = List.of("WAR_INVALID", "MARTYR_FAMILY",
            "REVOLUTIONARY_VETERAN", "HEROIC_MOTHER", "RESISTANCE_ACTIVIST", "OTHER_MERIT");

    @Test
    void theShippedSettingsKeepTheCarrierManualAndIssueRegisteredLetterNumbers() throws IOException {
        DeliverySettings settings = shipped(Map.of());

        assertThat(settings.simulatedCarrier()).isFalse();
        assertThat(settings.tracking().prefix()).isEqualTo("RR");
        assertThat(settings.maxAttempts()).isEqualTo(3);
    }

    @Test
    void theShippedSubsidyTableWaivesPostageForEveryBeneficiaryCategoryByPostAndByCommuneStaff() throws IOException {
        DeliverySettings settings = shipped(Map.of());

        for (String category : BENEFICIARY_CATEGORIES) {
            for (DeliveryMethod method : List.of(DeliveryMethod.POST, DeliveryMethod.COMMUNE_STAFF)) {
                Postage postage = Postage.assess(settings.tariffTable(), settings.subsidyRules(), method, "056", "056",
                        category);
                assertThat(postage.fee()).as("%s by %s", category, method).isZero();
                assertThat(postage.waivedBy()).isEqualTo("policy-beneficiaries-home-delivery");
            }
        }
        assertThat(Postage.assess(settings.tariffTable(), settings.subsidyRules(), DeliveryMethod.POST, "001", "001",
                null).fee()).isEqualByComparingTo("16500");
    }

    @Test
    void aSubsidyTableCanBeReplacedByConfiguration() throws IOException {
        DeliverySettings settings = shipped(Map.of(
                "lienthong.delivery.subsidies[0].id", "hanoi-war-invalids",
                "lienthong.delivery.subsidies[0].categories", "WAR_INVALID",
                "lienthong.delivery.subsidies[0].provinces", "001",
                "lienthong.delivery.subsidies[0].methods", "POST"));

        assertThat(settings.subsidyRules()).singleElement()
                .satisfies(rule -> assertThat(rule.id()).isEqualTo("hanoi-war-invalids"));
        assertThat(Postage.assess(settings.tariffTable(), settings.subsidyRules(), DeliveryMethod.POST, "056", "056",
                "WAR_INVALID").fee()).isPositive();
    }

    @Test
    void refusesAPrefixThatIsNotTwoCapitalLettersAndRulesWithoutOwnIds() {
        var rates = new DeliverySettings.Rates(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        var staff = new DeliverySettings.CommuneStaff(1);
        var rule = new DeliverySettings.Subsidy("same", List.of("WAR_INVALID"), List.of(), List.of(DeliveryMethod.POST));

        assertThatThrownBy(() -> new DeliverySettings(false, Duration.ZERO, new DeliverySettings.Tracking("R1"), 3,
                staff, rates, List.of())).hasMessageContaining("prefix");
        assertThatThrownBy(() -> new DeliverySettings(false, Duration.ZERO, new DeliverySettings.Tracking("RR"), 3,
                staff, rates, List.of(rule, rule))).hasMessageContaining("id of its own");
        assertThatThrownBy(() -> new DeliverySettings(false, Duration.ZERO, new DeliverySettings.Tracking("RR"), 0,
                staff, rates, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static DeliverySettings shipped(Map<String, Object> overrides) throws IOException {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("delivery-service", new ClassPathResource("delivery-service.yml"))
                .forEach(source -> environment.getPropertySources().addLast(source));
        var override = new MockPropertySource();
        overrides.forEach(override::setProperty);
        environment.getPropertySources().addFirst(override);
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("lienthong.delivery", DeliverySettings.class);
    }
}
