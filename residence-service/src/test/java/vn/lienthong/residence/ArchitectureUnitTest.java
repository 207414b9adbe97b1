package vn.lienthong.residence;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import vn.lienthong.testsupport.architecture.ServiceArchitecture;

/** The platform's one package convention and layer rule, applied to this service. */
@AnalyzeClasses(packages = "vn.lienthong.residence", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ServiceArchitecture.class);
}
