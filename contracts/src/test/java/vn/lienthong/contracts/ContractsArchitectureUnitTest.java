package vn.lienthong.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.lienthong.contracts", importOptions = ImportOption.DoNotIncludeTests.class)
class ContractsArchitectureUnitTest {

    /** Contracts are shared by every service: plain Java only, so no framework leaks onto the wire. */
    @ArchTest
    static final ArchRule contractsDependOnTheJdkOnly = classes()
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "vn.lienthong.contracts..");

    @ArchTest
    static final ArchRule messagesAreRecords = classes()
            .that().implement(Message.class)
            .and().areNotInterfaces()
            .should().beRecords();
}
