package vn.lienthong.orchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lienthong.contracts.Child;
import vn.lienthong.contracts.Declarant;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.contracts.delivery.Beneficiary;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.ResidenceSupplementRequested;
import vn.lienthong.orchestrator.domain.Application;
import vn.lienthong.orchestrator.domain.DossierCode;
import vn.lienthong.orchestrator.domain.DossierStatus;
import vn.lienthong.orchestrator.domain.Procedure;
import vn.lienthong.orchestrator.domain.Regime;
import vn.lienthong.orchestrator.domain.Results;
import vn.lienthong.orchestrator.domain.Saga;
import vn.lienthong.orchestrator.domain.SagaEngine;
import vn.lienthong.orchestrator.domain.Step;
import vn.lienthong.orchestrator.domain.StepStatus;
import vn.lienthong.orchestrator.domain.birth.BirthGroup;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.platform.domain.DossierId;

/**
 * The stored saga document: every earlier version still reads, through its upcaster, to the state it was written
 * from. The golden files under {@code saga-documents/v<N>/} are documents as version N of the code wrote them (the
 * version 1 files were written by the code before documents had versions); each names the saga state it holds.
 */
class SagaDocumentsUnitTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-17T02:00:00Z"); // Monday 09:00 in Hà Nội
    private static final Instant AN_HOUR_LATER = RECEIVED.plusSeconds(3600);
    private static final Instant TWO_HOURS_LATER = RECEIVED.plusSeconds(7200);
    private static final Instant A_DAY_LATER = RECEIVED.plusSeconds(86400);
    private static final LocalDate DUE = LocalDate.parse("2025-03-20");
    private static final SagaEngine ENGINE = new SagaEngine(List.of(BirthGroup.table()), WorkingCalendar.parse(
            Map.of(2025, "2025-04-30..2025-05-04 off Reunification Day, International Workers' Day")), 7);

    /** Every golden file of every earlier version, and the state it holds. */
    static Stream<String> goldenFiles() {
        return Stream.of("v1/birth-registration-running.json", "v1/residence-awaiting-supplement.json",
                "v1/completed-with-apology.json", "v1/withdrawn.json", "v1/residence-refused-results-dispatched.json",
                "v1/received-before-structured-address.json");
    }

    static Saga expected(String goldenFile) {
        return switch (goldenFile) {
            case "v1/birth-registration-running.json" -> birthRegistrationRunning();
            case "v1/residence-awaiting-supplement.json" -> residenceAwaitingSupplement();
            case "v1/completed-with-apology.json" -> completedWithAnApology();
            case "v1/withdrawn.json" -> withdrawnWhileTheBirthRan();
            case "v1/residence-refused-results-dispatched.json" -> residenceRefusedResultsAtTheDesk();
            case "v1/received-before-structured-address.json" -> receivedBeforeTheAddressHadParts();
            default -> throw new IllegalArgumentException("No expected state for " + goldenFile);
        };
    }

    @ParameterizedTest
    @MethodSource("goldenFiles")
    void anEarlierVersionReadsToTheStateItWasWrittenFrom(String goldenFile) {
        assertThat(SagaDocuments.read(golden(goldenFile))).isEqualTo(expected(goldenFile));
    }

    @Test
    void everyGoldenFileOfEveryEarlierVersionIsRead() throws IOException, URISyntaxException {
        Path root = Path.of(Objects.requireNonNull(getClass().getResource("/saga-documents")).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/')))
                    .containsExactlyInAnyOrderElementsOf(goldenFiles().toList());
        }
        for (int version = 1; version < SagaDocuments.CURRENT; version++) {
            assertThat(root.resolve("v" + version)).as("golden files of version %d", version).isDirectory();
        }
    }

    @Test
    void aVersionOneDocumentHasNoVersionAndIsUpcast() {
        String stored = golden("v1/withdrawn.json");

        assertThat(stored).doesNotContain("\"version\"");
        assertThat(SagaDocuments.read(stored).status()).isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void writesTheCurrentVersionFirstAndReadsItBack() {
        Saga saga = completedWithAnApology();

        String stored = SagaDocuments.write(saga);

        assertThat(stored).startsWith("{\"version\":" + SagaDocuments.CURRENT + ",");
        assertThat(stored).contains("\"dossierId\":\"33333333-3333-4333-8333-333333333333\"",
                "\"dossierCode\":\"000.26.45.H26-250317-0003\"");
        assertThat(SagaDocuments.read(stored)).isEqualTo(saga);
    }

    @Test
    void aFieldThisServiceDoesNotKnowFailsTheReadInsteadOfBeingDropped() {
        String current = SagaDocuments.write(birthRegistrationRunning());
        String withUnknownField = current.replace("\"results\":{", "\"results\":{\"deathCertificate\":\"x\",");
        String oldWithUnknownField = golden("v1/withdrawn.json").replace("{\"dossierId\"",
                "{\"priority\":\"HIGH\",\"dossierId\"");

        assertThatThrownBy(() -> SagaDocuments.read(withUnknownField))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("deathCertificate");
        assertThatThrownBy(() -> SagaDocuments.read(oldWithUnknownField))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("priority");
    }

    @Test
    void aDocumentOfALaterVersionIsRefusedNotGuessedAt() {
        String current = "{\"version\":" + SagaDocuments.CURRENT + ",";
        String later = SagaDocuments.write(birthRegistrationRunning())
                .replace(current, "{\"version\":" + (SagaDocuments.CURRENT + 1) + ",");

        assertThatThrownBy(() -> SagaDocuments.read(later))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("later release");
    }

    // ---- the saga states the golden files hold, made by the engine from the same events

    private static Saga birthRegistrationRunning() {
        return ENGINE.start(dossier("11111111-1111-4111-8111-111111111111", "000.26.45.H26-250317-0001", false,
                false, Procedure.PERMANENT_RESIDENCE, Procedure.HEALTH_INSURANCE_CARD), RECEIVED).saga();
    }

    private static Saga residenceAwaitingSupplement() {
        Saga saga = ENGINE.start(dossier("22222222-2222-4222-8222-222222222222", "000.26.45.H26-250317-0002", true,
                false, Procedure.PERMANENT_RESIDENCE, Procedure.HEALTH_INSURANCE_CARD), RECEIVED).saga();
        saga = ENGINE.on(saga, birthRegistered(saga, "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "001325000123",
                "Số 1, quyển số 2025", false, BigDecimal.ZERO), AN_HOUR_LATER).saga();
        saga = ENGINE.on(saga, new ResidenceSupplementRequested(saga.dossierId().value(),
                List.of("marriage certificate"), "needed to prove the relationship"), TWO_HOURS_LATER).saga();
        assertThat(saga.step(Procedure.PERMANENT_RESIDENCE).orElseThrow().status())
                .isEqualTo(StepStatus.AWAITING_SUPPLEMENT);
        return saga;
    }

    /** All three results delivered by post to another province, the fee waived, an apology made on the way. */
    private static Saga completedWithAnApology() {
        Saga saga = ENGINE.start(dossier("33333333-3333-4333-8333-333333333333", "000.26.45.H26-250317-0003", true,
                true, Procedure.PERMANENT_RESIDENCE, Procedure.HEALTH_INSURANCE_CARD), RECEIVED).saga();
        UUID id = saga.dossierId().value();
        saga = ENGINE.apologiseIfLate(saga, LocalDate.parse("2025-03-19"), 2, AN_HOUR_LATER).saga();
        saga = ENGINE.on(saga, birthRegistered(saga, "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb", "001325000456",
                "Số 4, quyển số 2025", true, new BigDecimal("5000")), AN_HOUR_LATER).saga();
        saga = ENGINE.on(saga, new ResidenceRegistered(id, "HN-0001", "12 Ngõ 1, Phường Đức Giang, Hà Nội", "001",
                "Phường Đức Giang", LocalDate.parse("2025-03-17")), AN_HOUR_LATER).saga();
        saga = ENGINE.on(saga, new HealthInsuranceCardIssued(id, "001325000456", "TE1", LocalDate.parse("2025-03-10"),
                LocalDate.parse("2031-09-30"), "01001"), TWO_HOURS_LATER).saga();
        saga = ENGINE.on(saga, new ResultsDispatched(id, "RR000000015VN", DeliveryMethod.POST, BigDecimal.ZERO,
                "WAR_INVALID"), TWO_HOURS_LATER).saga();
        saga = ENGINE.on(saga, new ResultsDelivered(id, "RR000000015VN", Instant.parse("2025-03-18T03:00:00Z")),
                A_DAY_LATER).saga();
        assertThat(saga.status()).isEqualTo(DossierStatus.COMPLETED);
        return saga;
    }

    private static Saga withdrawnWhileTheBirthRan() {
        Saga saga = ENGINE.start(dossier("44444444-4444-4444-8444-444444444444", "000.26.45.H26-250317-0004", false,
                false, Procedure.HEALTH_INSURANCE_CARD), RECEIVED).saga();
        saga = ENGINE.withdraw(saga, "family moved", AN_HOUR_LATER).saga();
        return ENGINE.on(saga, new BirthRegistrationCancelled(saga.dossierId().value()), TWO_HOURS_LATER).saga();
    }

    /** Residence refused, the birth certificate waiting at the desk. */
    private static Saga residenceRefusedResultsAtTheDesk() {
        Saga saga = ENGINE.start(dossier("55555555-5555-4555-8555-555555555555", "000.26.45.H26-250317-0005", false,
                false, Procedure.PERMANENT_RESIDENCE), RECEIVED).saga();
        UUID id = saga.dossierId().value();
        saga = ENGINE.on(saga, birthRegistered(saga, "cccccccc-cccc-4ccc-8ccc-cccccccccccc", "001325000789",
                "Số 7, quyển số 2025", false, BigDecimal.ZERO), AN_HOUR_LATER).saga();
        saga = ENGINE.on(saga, new ResidenceRefused(id, new Refusal("NOT_A_MEMBER", "not a member of the household")),
                TWO_HOURS_LATER).saga();
        return ENGINE.on(saga, new ResultsDispatched(id, null, DeliveryMethod.DESK, null, null), A_DAY_LATER).saga();
    }

    /**
     * A document stored before the desk asked for the household's province and the address's parts: those keys
     * are absent, not null, and read as unknown.
     */
    private static Saga receivedBeforeTheAddressHadParts() {
        Saga running = ENGINE.start(dossier("66666666-6666-4666-8666-666666666666", "000.26.45.H26-250317-0006", false,
                false, Procedure.PERMANENT_RESIDENCE, Procedure.HEALTH_INSURANCE_CARD), RECEIVED).saga();
        Application a = running.application();
        Application withoutProvince = new Application(a.unitCode(), a.unitProvinceCode(), a.regime(), a.procedures(),
                a.child(), a.mother(), a.father(), a.declarant(),
                new Application.ResidenceRequest("HN-0001", "CHILD", null), a.primaryCareFacilityCode(),
                a.delivery());
        return new Saga(running.dossierId(), running.dossierCode(), running.group(), withoutProvince, running.status(),
                running.steps(), running.results(), running.receivedAt(), running.dueDate(),
                running.dueDateProvisional(), running.timeliness(), running.newAppointmentDate(),
                running.withdrawalReason());
    }

    private static Saga dossier(String id, String code, boolean father, boolean postToAnotherProvince,
                                Procedure... procedures) {
        Set<Procedure> requested = EnumSet.of(Procedure.BIRTH_REGISTRATION, procedures);
        Application application = new Application("000.26.45.H26", "001", Regime.ELECTRONIC, requested,
                new Child("Nguyễn Thị An", Sex.FEMALE, LocalDate.parse("2025-03-10"), "Bệnh viện Đức Giang",
                        "Kinh", "VN"),
                new Parent("Trần Thị Bình", "001190000001", LocalDate.parse("1990-05-01")),
                father ? new Parent("Nguyễn Văn Cường", "001088000002", LocalDate.parse("1988-02-11")) : null,
                new Declarant("Trần Thị Bình", "001190000001", "MOTHER", "0912345678"),
                requested.contains(Procedure.PERMANENT_RESIDENCE)
                        ? new Application.ResidenceRequest("HN-0001", "CHILD", "001") : null,
                requested.contains(Procedure.HEALTH_INSURANCE_CARD) ? "01001" : null,
                postToAnotherProvince
                        ? new Application.DeliveryRequest(DeliveryMethod.POST, "Trần Thị Bình",
                                "Số 3 Trần Phú, Phường Nha Trang, Khánh Hòa", "0912345678",
                                new Beneficiary("WAR_INVALID", "TB-12345"), "056", "Phường Nha Trang", "Số 3 Trần Phú")
                        : new Application.DeliveryRequest(DeliveryMethod.DESK, "Trần Thị Bình", null, null, null,
                                null, null, null));
        List<Step> steps = BirthGroup.table().steps().stream()
                .filter(definition -> application.requests(definition.procedure()))
                .map(definition -> Step.waiting(definition.procedure(), DUE)).toList();
        return new Saga(DossierId.of(UUID.fromString(id)), new DossierCode(code), BirthGroup.NAME, application,
                DossierStatus.RECEIVED, steps, Results.NONE, RECEIVED, DUE, false, null, null, null);
    }

    private static BirthRegistered birthRegistered(Saga saga, String registrationId, String personalId,
                                                   String certificate, boolean late, BigDecimal fee) {
        return new BirthRegistered(saga.dossierId().value(), UUID.fromString(registrationId), personalId, certificate,
                LocalDate.parse("2025-03-17"), late, fee, "001", saga.application().child());
    }

    private static String golden(String file) {
        try (var in = SagaDocumentsUnitTest.class.getResourceAsStream("/saga-documents/" + file)) {
            return new String(Objects.requireNonNull(in, file).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
