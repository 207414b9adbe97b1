package vn.lienthong.civilregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.lienthong.civilregistry", importOptions = ImportOption.DoNotIncludeTests.class)
class CivilRegistryArchitectureUnitTest {

    /** The registry's rules read as plain Java and can be tested without a framework. */
    @ArchTest
    static final ArchRule theDomainImportsNoFramework = noClasses()
            .that().resideInAPackage("vn.lienthong.civilregistry.birth..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
                    "feign..", "jakarta..", "io.micrometer..", "vn.lienthong.platform.messaging..", "vn.lienthong.platform.web..",
                    "vn.lienthong.platform.observability..", "vn.lienthong.platform.json..", "vn.lienthong.platform.units..")
            // The platform's plain-Java text rules (rule 10) are shared domain code, its infrastructure is not.
            .because("domain code imports no Spring, Kafka or Jackson");

    /** The domain does not reach out to the application around it. */
    @ArchTest
    static final ArchRule theDomainDependsOnNothingOfTheService = noClasses()
            .that().resideInAPackage("vn.lienthong.civilregistry.birth..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.lienthong.civilregistry.registration..", "vn.lienthong.civilregistry.populationregistry..",
                    "vn.lienthong.civilregistry.web..", "vn.lienthong.civilregistry.messaging..");

    /** Only the allocator talks to the population registry, so every call is measured and classified. */
    @ArchTest
    static final ArchRule onlyTheAllocatorUsesFeign = noClasses()
            .that().resideOutsideOfPackage("vn.lienthong.civilregistry.populationregistry..")
            .should().dependOnClassesThat().resideInAnyPackage("feign..", "org.springframework.cloud.openfeign..");
}
