package vn.lienthong.orchestrator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class OrchestratorArchitectureUnitTest {

    @Test
    void theSagaIsPureDomainCode() {
        noClasses().that().resideInAPackage("vn.lienthong.orchestrator.saga..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "tools.jackson..", "com.fasterxml.jackson..", "jakarta..", "java.sql..",
                        "vn.lienthong.orchestrator.dossier..", "vn.lienthong.orchestrator.intake..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.lienthong.orchestrator"));
    }
}
