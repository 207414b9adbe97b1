package vn.lienthong.systemtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules that hold across all services; this module sees every one of them on its classpath. */
@AnalyzeClasses(packages = "vn.lienthong", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    private static final String[] SERVICES = {
            "vn.lienthong.civilregistry..", "vn.lienthong.residence..", "vn.lienthong.healthinsurance..",
            "vn.lienthong.delivery..", "vn.lienthong.orchestrator.."};

    /** Services talk through contracts on Kafka (or HTTP), never through each other's classes. */
    @ArchTest
    static final ArchRule servicesDoNotUseEachOthersCode = slices()
            .matching("vn.lienthong.(civilregistry|residence|healthinsurance|delivery|orchestrator)..")
            .should().notDependOnEachOther();

    /** Business code returns messages to the outbox; only the platform's relay talks to the producer. */
    @ArchTest
    static final ArchRule onlyThePlatformProducesToKafka = noClasses()
            .that().resideInAnyPackage(SERVICES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.kafka.core..", "org.apache.kafka.clients.producer..")
            .because("a message sent outside the outbox is lost or sent twice when a transaction fails");

    /** Services need neither the test infrastructure nor the launcher. */
    @ArchTest
    static final ArchRule servicesDoNotDependOnLocalInfrastructure = noClasses()
            .that().resideInAnyPackage(SERVICES)
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.devinfra..", "vn.lienthong.localstack..",
                    "vn.lienthong.testsupport..");
}
