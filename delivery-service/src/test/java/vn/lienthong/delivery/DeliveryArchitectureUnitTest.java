package vn.lienthong.delivery;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.lienthong.delivery", importOptions = ImportOption.DoNotIncludeTests.class)
class DeliveryArchitectureUnitTest {

    private static final String[] DOMAIN = {
            "vn.lienthong.delivery.shipment..", "vn.lienthong.delivery.postage..", "vn.lienthong.delivery.tracking.."};

    /**
     * The rules of shipments, postage and tracking numbers can be read, and tested, without any framework. Of the
     * platform, only its plain-Java text rules (DESIGN.md rule 10) are shared domain code; its infrastructure is not.
     */
    @ArchTest
    static final ArchRule domainImportsNoFramework = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "tools.jackson..", "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "jakarta..",
                    "vn.lienthong.platform..").and(not(resideInAPackage("vn.lienthong.platform.text.."))));

    /** The domain knows nothing of the service around it. */
    @ArchTest
    static final ArchRule domainDependsOnNoOuterPackage = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("vn.lienthong.delivery.shipping..",
                    "vn.lienthong.delivery.api..", "vn.lienthong.delivery.carrier..", "vn.lienthong.delivery.messaging..");

    /** Only the carrier's edge (webhook, simulator) speaks for the carrier; the officers' API never does. */
    @ArchTest
    static final ArchRule officersApiAndCarrierEdgeStayApart = noClasses()
            .that().resideInAPackage("vn.lienthong.delivery.api..")
            .should().dependOnClassesThat().resideInAPackage("vn.lienthong.delivery.carrier..");
}
