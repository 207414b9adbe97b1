package vn.lienthong.residence;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The domain (rules, records, policies) is plain Java; Spring, Kafka, Jackson and JDBC stay in the beans at the
 * edges: controllers, repositories, services, the listener and configuration.
 */
@AnalyzeClasses(packages = "vn.lienthong.residence", importOptions = ImportOption.DoNotIncludeTests.class)
class ResidenceArchitectureUnitTest {

    /** A Spring bean, or a request/response record nested in a controller. */
    private static final DescribedPredicate<JavaClass> EDGE = new DescribedPredicate<>("an edge (bean or its DTO)") {
        @Override
        public boolean test(JavaClass type) {
            return isBean(type) || type.getEnclosingClass().map(ResidenceArchitectureUnitTest::isBean).orElse(false);
        }
    };

    @ArchTest
    static final ArchRule domainImportsNoFramework = noClasses()
            .that().resideInAPackage("vn.lienthong.residence..").and(not(EDGE))
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
                    "java.sql..", "javax.sql..", "vn.lienthong.platform.messaging..", "vn.lienthong.platform.web..")
            .because("business rules must be testable and readable without the framework (STYLE.md 3)");

    @ArchTest
    static final ArchRule domainUsesNoBeans = noClasses()
            .that().resideInAPackage("vn.lienthong.residence..").and(not(EDGE))
            .should().dependOnClassesThat(annotatedWith(Component.class).or(metaAnnotatedWithComponent()))
            .because("the domain is called by the edges, never the other way round");

    @ArchTest
    static final ArchRule controllersDoNotTouchTheDatabase = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("java.sql..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule settingsAreTyped = classes()
            .that().areAnnotatedWith(ConfigurationProperties.class)
            .should().beRecords();

    private static boolean isBean(JavaClass type) {
        return type.isMetaAnnotatedWith(Component.class) || type.isAnnotatedWith(ConfigurationProperties.class);
    }

    private static DescribedPredicate<JavaClass> metaAnnotatedWithComponent() {
        return new DescribedPredicate<>("a Spring bean") {
            @Override
            public boolean test(JavaClass type) {
                return type.isMetaAnnotatedWith(Component.class);
            }
        };
    }
}
