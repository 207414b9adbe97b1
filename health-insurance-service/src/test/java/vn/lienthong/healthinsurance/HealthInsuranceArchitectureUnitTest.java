package vn.lienthong.healthinsurance;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

@AnalyzeClasses(packages = "vn.lienthong.healthinsurance", importOptions = ImportOption.DoNotIncludeTests.class)
class HealthInsuranceArchitectureUnitTest {

    /** Spring beans (controllers, repositories, the desk, listeners) and settings: the edges. */
    private static final DescribedPredicate<JavaClass> EDGE = DescribedPredicate.describe(
            "Spring beans and configuration properties", javaClass -> javaClass.isMetaAnnotatedWith(Component.class)
                    || javaClass.isAnnotatedWith(ConfigurationProperties.class));

    /** The domain: every class of the domain packages that is not an edge (a bean) or nested in one. */
    @ArchTest
    static final ArchRule domainCodeImportsNoSpringKafkaOrJackson = noClasses()
            .that().resideInAnyPackage("..healthinsurance.card..", "..healthinsurance.facility..",
                    "..healthinsurance.declaration..")
            .and(not(EDGE)).and(not(nestedInAnEdge()))
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
                    "jakarta.servlet..", "vn.lienthong.platform.messaging..", "vn.lienthong.platform.web..",
                    "vn.lienthong.platform.observability..", "vn.lienthong.platform.json..", "vn.lienthong.platform.units..")
            .as("domain code imports no Spring, Kafka, Jackson or platform infrastructure (its plain-Java text "
                    + "and calendar rules are shared domain code)");

    /** The rules themselves know nothing of the edges: no repository, no desk, no controller. */
    @ArchTest
    static final ArchRule domainCodeDoesNotCallTheEdges = noClasses()
            .that().resideInAnyPackage("..healthinsurance.card..", "..healthinsurance.facility..",
                    "..healthinsurance.declaration..")
            .and(not(EDGE)).and(not(nestedInAnEdge()))
            .should().dependOnClassesThat(EDGE);

    /** The domain really is there: the rule above would pass vacuously if the classes moved away. */
    @ArchTest
    static final ArchRule theRulesLiveInTheDomainPackages = classes()
            .that().haveSimpleName("CardValidity").or().haveSimpleName("PrimaryCareFacilities")
            .or().haveSimpleName("Eligibility").or().haveSimpleName("IssuingPolicy").or().haveSimpleName("Declaration")
            .should().resideInAnyPackage("..healthinsurance.card..", "..healthinsurance.facility..",
                    "..healthinsurance.declaration..")
            .andShould().notBeMetaAnnotatedWith(Component.class);

    private static DescribedPredicate<JavaClass> nestedInAnEdge() {
        return DescribedPredicate.describe("nested in a Spring bean",
                javaClass -> javaClass.getEnclosingClass().map(EDGE::test).orElse(false));
    }
}
