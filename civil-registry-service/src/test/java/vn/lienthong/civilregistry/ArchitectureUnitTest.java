package vn.lienthong.civilregistry;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import vn.lienthong.testsupport.architecture.ServiceArchitecture;

@AnalyzeClasses(packages = "vn.lienthong.civilregistry", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureUnitTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ServiceArchitecture.class);
}
