package vn.lienthong.testsupport.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The form every service's one architecture test takes, applied to the good sample: it must pass as written. */
@AnalyzeClasses(packages = "vn.lienthong.testsupport.architecture.samples.good",
        importOptions = ImportOption.DoNotIncludeJars.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ServiceArchitecture.class);
}
