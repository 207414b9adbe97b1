package vn.lienthong.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule set itself under test: every rule holds for a service laid out as pinned ({@code samples.good}), and
 * every rule fails, naming the offender, on a sample that breaks it ({@code samples.bad.*}) — so no rule can pass
 * silently, for instance because it matches no class.
 */
class ServiceArchitectureUnitTest {

    private static final String SAMPLES = "vn.lienthong.testsupport.architecture.samples.";

    /** Rule, the sample packages it is checked on, and classes its report must name. */
    static Stream<Arguments> violations() {
        return Stream.of(
                violation("LAYERS", List.of("bad.bean"), "Policy", "Desk"),
                violation("LAYERS", List.of("bad.layers"), "Registration", "OfficerController", "CommandGlue",
                        "Dossiers"),
                violation("EVERY_CLASS_IN_A_NAMED_PACKAGE", List.of("bad.stray"), "Helper", "NestedSettings",
                        "BirthRegistration"),
                violation("EVERY_CLASS_IN_A_NAMED_PACKAGE", List.of("bad.stray", "bad.uuid"), "Household"),
                violation("DOMAIN_IS_PLAIN_JAVA", List.of("bad.framework"), "Fee", "FeeRules"),
                violation("DOMAIN_USES_NO_BEANS", List.of("bad.bean"), "Policy"),
                violation("DOMAIN_HAS_TYPED_IDS", List.of("bad.uuid"), "Household.id", "Household.members",
                        "Household.head", "LooseId.value"),
                violation("TIME_COMES_FROM_THE_CLOCK", List.of("bad.now"), "Instant.now()", "LocalDate.now(java.time.ZoneId)",
                        "Clock.systemUTC()"),
                violation("CONTROLLERS_IN_WEB", List.of("bad.controller"), "DeskController"),
                violation("WEB_DOES_NOT_TOUCH_THE_DATABASE", List.of("bad.webjdbc"), "ReportController"),
                violation("KAFKA_LISTENERS_IN_MESSAGING", List.of("bad.listener"), "CommandListener"),
                violation("JDBC_IN_PERSISTENCE", List.of("bad.jdbc"), "Counts"),
                violation("HTTP_CLIENTS_IN_CLIENTS", List.of("bad.feign"), "ResidenceClient"),
                violation("SETTINGS_ARE_RECORDS_IN_CONFIG", List.of("bad.settings"), "LooseSettings", "StrayLimits"));
    }

    @Test
    void everyRuleHoldsForAServiceLaidOutAsPinned() {
        JavaClasses good = samples(List.of("good"));
        assertThat(good.size()).as("the good sample was imported").isGreaterThan(10);
        rules().forEach((name, rule) -> {
            EvaluationResult result = rule.evaluate(good);
            assertThat(result.hasViolation()).as("%s on the good sample:%n%s", name, result.getFailureReport())
                    .isFalse();
        });
    }

    @ParameterizedTest(name = "{0} fails on {1}")
    @MethodSource("violations")
    void everyRuleFailsOnItsViolation(String rule, List<String> packages, List<String> offenders) {
        EvaluationResult result = rules().get(rule).evaluate(samples(packages));

        assertThat(result.hasViolation()).as("%s on %s", rule, packages).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(report).contains(offenders);
    }

    @Test
    void everyRuleIsShownToFail() {
        List<String> exercised = violations().map(arguments -> (String) arguments.get()[0]).distinct().toList();
        assertThat(exercised).containsExactlyInAnyOrderElementsOf(rules().keySet());
    }

    private static Arguments violation(String rule, List<String> packages, String... offenders) {
        return Arguments.of(rule, packages, Arrays.asList(offenders));
    }

    private static JavaClasses samples(List<String> packages) {
        return new ClassFileImporter().importPackages(packages.stream().map(p -> SAMPLES + p).toList());
    }

    /** The public static ArchRule fields of ServiceArchitecture, by name. */
    private static Map<String, ArchRule> rules() {
        Map<String, ArchRule> rules = new TreeMap<>();
        for (Field field : ServiceArchitecture.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && ArchRule.class.isAssignableFrom(field.getType())) {
                try {
                    rules.put(field.getName(), (ArchRule) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return rules;
    }
}
