package vn.lienthong.delivery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import vn.lienthong.testsupport.architecture.ServiceArchitecture;

@AnalyzeClasses(packages = "vn.lienthong.delivery", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ServiceArchitecture.class);

    /** Only the carrier's edge speaks for the carrier; the officers' API never does. */
    @ArchTest
    static final ArchRule officersApiAndCarrierEdgeStayApart = noClasses()
            .that().resideInAPackage("vn.lienthong.delivery.web")
            .should().dependOnClassesThat().resideInAPackage("vn.lienthong.delivery.web.carrier..");
}
