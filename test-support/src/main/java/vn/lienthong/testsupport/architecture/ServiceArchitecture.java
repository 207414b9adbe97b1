package vn.lienthong.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one architecture of every service (the four agencies and the orchestrator), as ArchUnit rules written against
 * package names relative to any base package — {@code ..domain..}, {@code ..web..} — so one rule set fits every
 * service and derives nothing from its name. A service applies all of them with one test class:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "vn.lienthong.residence", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureUnitTest {
 *     @ArchTest
 *     static final ArchTests rules = ArchTests.in(ServiceArchitecture.class);
 * }
 * }</pre>
 *
 * The packages: the root holds only the {@code @SpringBootApplication} class; {@code domain} is the plain-Java core;
 * {@code application} the use cases (transactions, metrics); {@code web} the controllers and their records;
 * {@code messaging} the participant declaration and Kafka glue; {@code persistence} the repositories;
 * {@code clients} the HTTP clients to other services; {@code config} configuration classes and settings records.
 * Each may have sub-packages.
 */
public final class ServiceArchitecture {

    public static final String DOMAIN = "..domain..";
    public static final String APPLICATION = "..application..";
    public static final String WEB = "..web..";
    public static final String MESSAGING = "..messaging..";
    public static final String PERSISTENCE = "..persistence..";
    public static final String CLIENTS = "..clients..";
    public static final String CONFIG = "..config..";

    /** The packages a service's classes live in, below its base package. */
    public static final List<String> PACKAGES = List.of(DOMAIN, APPLICATION, WEB, MESSAGING, PERSISTENCE, CLIENTS,
            CONFIG);

    private static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";
    private static final String COMPONENT = "org.springframework.stereotype.Component";

    /** What the domain must not know: frameworks, the wire, the database, and the platform's infrastructure. */
    private static final DescribedPredicate<JavaClass> INFRASTRUCTURE = resideInAnyPackage(
            "org.springframework..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml.jackson..",
            "java.sql..", "javax.sql..", "io.micrometer..", "jakarta..", "feign..")
            .or(resideInAPackage("vn.lienthong.platform..").and(not(resideInAnyPackage(
                    "vn.lienthong.platform.domain..", "vn.lienthong.platform.text..",
                    "vn.lienthong.platform.calendar..", "vn.lienthong.platform.units.."))))
            .as("Spring, Kafka, Jackson, JDBC, Micrometer, Jakarta, Feign or the platform's infrastructure "
                    + "(of the platform only domain, text, calendar and units are domain code)");

    private ServiceArchitecture() {
    }

    /**
     * Who may use whom. The domain is used by everyone and uses no one; use cases are called from the edges (web,
     * messaging) and configuration; repositories by use cases, by controllers for reads, and by configuration;
     * clients by use cases and configuration; controllers and messaging only by configuration. Configuration
     * (settings records) may be read by every layer but the domain. A layer a service does not have is no fault.
     */
    @ArchTest
    public static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Web").definedBy(WEB)
            .layer("Messaging").definedBy(MESSAGING)
            .layer("Persistence").definedBy(PERSISTENCE)
            .layer("Clients").definedBy(CLIENTS)
            .layer("Config").definedBy(CONFIG)
            .whereLayer("Domain").mayNotAccessAnyLayer()
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Messaging", "Config")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Application", "Web", "Config")
            .whereLayer("Clients").mayOnlyBeAccessedByLayers("Application", "Config")
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Config")
            .whereLayer("Messaging").mayOnlyBeAccessedByLayers("Config")
            .whereLayer("Config").mayOnlyBeAccessedByLayers("Application", "Web", "Messaging", "Persistence", "Clients")
            .as("the layers of a service use each other only as INTERFACES.md §1 allows");

    /**
     * Every class lives in one of the named packages below the base package; the base itself holds only the
     * {@code @SpringBootApplication} class (and its anonymous or local classes).
     */
    @ArchTest
    public static final ArchRule EVERY_CLASS_IN_A_NAMED_PACKAGE = classes()
            .that().doNotHaveSimpleName("package-info")
            .should(liveInANamedPackageBelowTheApplication())
            .as("every class lives in domain, application, web, messaging, persistence, clients or config below the "
                    + "application's package, or is the @SpringBootApplication class at its root");

    /** The rules of the procedures read, and are tested, as plain Java. */
    @ArchTest
    public static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(INFRASTRUCTURE)
            .because("business rules must be readable and testable without any framework");

    /** The domain is called by the beans at the edges, never the other way round (and is no bean itself). */
    @ArchTest
    public static final ArchRule DOMAIN_USES_NO_BEANS = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().areMetaAnnotatedWith(COMPONENT)
            .because("the domain is called by the edges, never the other way round");

    /** Identities in the domain are typed ({@code DossierId}, {@code ShipmentId}), never a bare UUID. */
    @ArchTest
    public static final ArchRule DOMAIN_HAS_TYPED_IDS = fields().that().areDeclaredInClassesThat().resideInAPackage(DOMAIN)
            .and().areNotStatic()
            .should(notHoldABareUuid())
            .allowEmptyShould(true)
            .because("a typed ID (a record of one UUID) says whose ID it is; a UUID field does not");

    /**
     * Time comes from the injected {@link Clock} (the platform's, or a test's {@code TestClock}): no {@code now()}
     * of java.time without a clock, and no system clock of its own.
     */
    @ArchTest
    public static final ArchRule TIME_COMES_FROM_THE_CLOCK = classes()
            .should(readTimeOnlyFromTheClock())
            .because("a test moves time by moving the Clock bean; a call around it does not move (INTERFACES.md §4)");

    /** Controllers (and their advice) are the web layer. */
    @ArchTest
    public static final ArchRule CONTROLLERS_IN_WEB = classes()
            .that().areMetaAnnotatedWith("org.springframework.stereotype.Controller")
            .or().areMetaAnnotatedWith("org.springframework.web.bind.annotation.ControllerAdvice")
            .should().resideInAPackage(WEB)
            .allowEmptyShould(true);

    /** Controllers read through repositories, never the database itself. */
    @ArchTest
    public static final ArchRule WEB_DOES_NOT_TOUCH_THE_DATABASE = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
            .allowEmptyShould(true);

    /** Kafka listeners, if any remain beside the platform's, are messaging. */
    @ArchTest
    public static final ArchRule KAFKA_LISTENERS_IN_MESSAGING = noClasses().that().resideOutsideOfPackage(MESSAGING)
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.annotation.KafkaListener")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.kafka.annotation.KafkaHandler")
            .because("the participant platform listens; what is left of Kafka glue stays in messaging");

    /** SQL is written in the repositories only. */
    @ArchTest
    public static final ArchRule JDBC_IN_PERSISTENCE = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc.core..")
            .because("JdbcClient, JdbcTemplate and NamedParameterJdbcTemplate belong to the repositories");

    /** Other services are called through the clients package only, so every call is measured and classified. */
    @ArchTest
    public static final ArchRule HTTP_CLIENTS_IN_CLIENTS = noClasses().that().resideOutsideOfPackages(CLIENTS, CONFIG)
            .and().areNotAnnotatedWith(SPRING_BOOT_APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage("feign..", "org.springframework.cloud.openfeign..")
            .because("only the clients talk to other services (the application may enable them)");

    /** Settings are typed and immutable, and live with the configuration. */
    @ArchTest
    public static final ArchRule SETTINGS_ARE_RECORDS_IN_CONFIG = classes()
            .that().areAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
            .should().beRecords().andShould().resideInAPackage(CONFIG)
            .allowEmptyShould(true);

    private static ArchCondition<JavaClass> readTimeOnlyFromTheClock() {
        Set<Class<?>> temporals = Set.of(Instant.class, LocalDate.class, LocalDateTime.class, LocalTime.class,
                OffsetDateTime.class, OffsetTime.class, ZonedDateTime.class, Year.class, YearMonth.class,
                MonthDay.class);
        return new ArchCondition<>("call no now() or now(ZoneId) of java.time and make no system Clock") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                javaClass.getMethodCallsFromSelf().forEach(call -> {
                    var target = call.getTarget();
                    JavaClass owner = target.getOwner();
                    List<String> parameters = target.getRawParameterTypes().stream().map(JavaClass::getName).toList();
                    boolean now = "now".equals(target.getName()) && temporals.stream().anyMatch(owner::isEquivalentTo)
                            && (parameters.isEmpty() || parameters.equals(List.of(ZoneId.class.getName())));
                    boolean systemClock = owner.isEquivalentTo(Clock.class) && target.getName().startsWith("system");
                    if (now || systemClock) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaField> notHoldABareUuid() {
        return new ArchCondition<>("not hold a java.util.UUID unless the class is a typed ID (a record of one UUID)") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                boolean holdsUuid = field.getType().getAllInvolvedRawTypes().stream()
                        .anyMatch(type -> type.isEquivalentTo(UUID.class)
                                || type.isArray() && type.getBaseComponentType().isEquivalentTo(UUID.class));
                if (holdsUuid && !isTypedId(field.getOwner())) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " holds a UUID: give the ID "
                            + "a type of its own (a record of one UUID) in " + field.getOwner().getName()));
                }
            }
        };
    }

    private static boolean isTypedId(JavaClass owner) {
        List<JavaField> instanceFields = owner.getFields().stream()
                .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC)).toList();
        return owner.isRecord() && instanceFields.size() == 1
                && instanceFields.getFirst().getRawType().isEquivalentTo(UUID.class);
    }

    private static ArchCondition<JavaClass> liveInANamedPackageBelowTheApplication() {
        List<PackageMatcher> layers = PACKAGES.stream().map(PackageMatcher::of).toList();
        return new ArchCondition<>("live in a named package below the application, or be the application") {
            private Set<String> roots = Set.of();

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                roots = allObjectsToTest.stream().filter(ServiceArchitecture::isApplication)
                        .map(JavaClass::getPackageName).collect(Collectors.toUnmodifiableSet());
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                JavaClass outermost = outermost(javaClass);
                if (isApplication(outermost) && (javaClass == outermost || !javaClass.isMemberClass())) {
                    return;
                }
                String packageName = javaClass.getPackageName();
                boolean inLayer = layers.stream().anyMatch(layer -> layer.matches(packageName));
                boolean belowRoot = roots.isEmpty() || roots.stream().anyMatch(root -> packageName.startsWith(root + "."));
                if (!inLayer || !belowRoot) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is in " + packageName
                            + (inLayer ? ", not below the @SpringBootApplication's package " + roots
                            : ", none of " + PACKAGES.stream().map(p -> p.replace("..", "")).toList())));
                }
            }
        };
    }

    private static boolean isApplication(JavaClass javaClass) {
        return javaClass.isAnnotatedWith(SPRING_BOOT_APPLICATION);
    }

    private static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
