package vn.lienthong.civilregistry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.civilregistry.Births.DUC_GIANG;
import static vn.lienthong.civilregistry.Births.aMothersId;
import static vn.lienthong.civilregistry.Births.registerBirth;
import static vn.lienthong.civilregistry.Births.today;

import io.micrometer.core.instrument.MeterRegistry;
import java.text.Normalizer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.civilregistry.CivilRegistryIntegrationTest;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancellationRefused;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.contracts.civilregistry.BirthRegistrationRefused;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;

class BirthCommandsIT extends CivilRegistryIntegrationTest {

    @Autowired MeterRegistry meters;

    @Test
    void registersTheBirthOfALinkedDossierAndAnnouncesIt() {
        UUID dossier = UUID.randomUUID();
        var born = today().minusDays(10);
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Dương", Normalizer.Form.NFD);

        commands.send(COMMANDS, registerBirth(dossier, decomposed, born, aMothersId()));

        var registered = events.awaitMessage(dossier, 1, BirthRegistered.class);
        assertThat(registered.certificateNumber()).matches("Số [1-9]\\d*, quyển số " + today().getYear());
        assertThat(registered.personalIdNumber()).matches("0013" + String.format("%02d", born.getYear() % 100) + "\\d{6}");
        assertThat(registered.provinceCode()).isEqualTo("001");
        assertThat(registered.registrationDate()).isEqualTo(today());
        assertThat(registered.late()).isFalse();
        assertThat(registered.fee()).isEqualByComparingTo("0");
        assertThat(registered.child().fullName()).isEqualTo(Normalizer.normalize("Nguyễn Thị Ánh Dương", Normalizer.Form.NFC));
        assertThat(registered.child().dateOfBirth()).isEqualTo(born);
        assertThat(callsWithKey("birth:" + dossier)).hasSize(1);
        assertThat(registrationsOf(dossier)).isEqualTo(1);
        assertThat(pendingOf(dossier)).isZero();

        var extract = http.asDeskOf(DUC_GIANG).get("/api/v1/birth-registrations/" + registered.registrationId());
        assertThat(extract.status()).isEqualTo(200);
        assertThat(extract.map()).containsEntry("certificateNumber", registered.certificateNumber())
                .containsEntry("personalIdNumber", registered.personalIdNumber())
                .containsEntry("dossierId", dossier.toString());
    }

    @Test
    void aBirthDeclaredAfterSixtyDaysIsRegisteredAsLateWithItsFee() {
        UUID dossier = UUID.randomUUID();

        commands.send(COMMANDS, registerBirth(dossier, "Phạm Minh Khang", today().minusDays(61), aMothersId()));

        var registered = events.awaitMessage(dossier, 1, BirthRegistered.class);
        assertThat(registered.late()).isTrue();
        assertThat(registered.fee()).isEqualByComparingTo("5000");
    }

    @Test
    void aBirthDeclaredOnTheSixtiethDayIsOnTimeAndFree() {
        UUID dossier = UUID.randomUUID();

        commands.send(COMMANDS, registerBirth(dossier, "Phạm Minh Khôi", today().minusDays(60), aMothersId()));

        var registered = events.awaitMessage(dossier, 1, BirthRegistered.class);
        assertThat(registered.late()).isFalse();
        assertThat(registered.fee()).isEqualByComparingTo("0");
    }

    @Test
    void timelinessIsJudgedOnTheDayTheDossierWasReceivedNotTheDayTheRegistryAnswered() {
        UUID dossier = UUID.randomUUID();
        var receivedFiveDaysAgo = registerBirth(dossier, DUC_GIANG, "Phạm Minh Khuê", today().minusDays(62), aMothersId(),
                clock.instant().minus(Duration.ofDays(5)));

        commands.send(COMMANDS, receivedFiveDaysAgo);

        var registered = events.awaitMessage(dossier, 1, BirthRegistered.class);
        assertThat(registered.late()).isFalse();
        assertThat(registered.fee()).isEqualByComparingTo("0");
        assertThat(registered.registrationDate()).isEqualTo(today());
    }

    @Test
    void aCommandRepeatedWithANewMessageIdGetsTheSameReplyAndNoSecondRecord() {
        UUID dossier = UUID.randomUUID();
        var command = registerBirth(dossier, "Lê Hoàng Nam", today().minusDays(3), aMothersId());
        commands.send(COMMANDS, command);
        var first = events.awaitMessage(dossier, 1, BirthRegistered.class);

        commands.send(COMMANDS, command);

        var replies = events.awaitMessages(dossier, 2);
        assertThat(replies.get(1)).isEqualTo(first);
        assertThat(registrationsOf(dossier)).isEqualTo(1);
        assertThat(callsWithKey("birth:" + dossier)).as("no second number asked for").hasSize(1);
    }

    @Test
    void refusesTheSameChildInAnotherDossierNamingTheExistingCertificate() {
        String mother = aMothersId();
        var born = today().minusDays(5);
        UUID first = UUID.randomUUID();
        commands.send(COMMANDS, registerBirth(first, "Nguyễn Thị Ánh", born, mother));
        var registered = events.awaitMessage(first, 1, BirthRegistered.class);

        UUID second = UUID.randomUUID();
        commands.send(COMMANDS, registerBirth(second, Normalizer.normalize("NGUYỄN  THỊ ÁNH", Normalizer.Form.NFD), born, mother));

        var refused = events.awaitMessage(second, 1, BirthRegistrationRefused.class);
        assertThat(refused.refusal().code()).isEqualTo("DUPLICATE_BIRTH");
        assertThat(refused.refusal().message()).contains(registered.certificateNumber())
                .doesNotContain("Nguyễn").doesNotContain(mother);
        assertThat(registrationsOf(second)).isZero();
        assertThat(callsWithKey("birth:" + second)).as("no number wasted on a duplicate").isEmpty();
    }

    @Test
    void aRefusedCommandRepeatedGetsTheSameRefusal() {
        UUID dossier = UUID.randomUUID();
        var command = registerBirth(dossier, "Vũ Thị Mai", today().plusDays(1), aMothersId());
        commands.send(COMMANDS, command);
        var refused = events.awaitMessage(dossier, 1, BirthRegistrationRefused.class);
        assertThat(refused.refusal().code()).isEqualTo("BIRTH_DATE_IN_FUTURE");

        commands.send(COMMANDS, command);

        assertThat(events.awaitMessages(dossier, 2).get(1)).isEqualTo(refused);
    }

    @Test
    void refusesAChildOfSixOrOlderInALinkedDossier() {
        UUID dossier = UUID.randomUUID();

        commands.send(COMMANDS, registerBirth(dossier, "Vũ Văn Hải", today().minusYears(6), aMothersId()));

        assertThat(events.awaitMessage(dossier, 1, BirthRegistrationRefused.class).refusal().code()).isEqualTo("CHILD_OVER_SIX");
    }

    @Test
    void refusesAnUnknownUnit() {
        UUID dossier = UUID.randomUUID();

        commands.send(COMMANDS, registerBirth(dossier, "000.99.99.H99", "Vũ Văn Hà", today(), aMothersId()));

        assertThat(events.awaitMessage(dossier, 1, BirthRegistrationRefused.class).refusal().code()).isEqualTo("UNKNOWN_UNIT");
        assertThat(callsWithKey("birth:" + dossier)).isEmpty();
    }

    @Test
    void refusesADeclarationWithoutTheMothersPersonalIdNumber() {
        UUID dossier = UUID.randomUUID();

        commands.send(COMMANDS, registerBirth(dossier, "Vũ Văn Hùng", today(), "not-an-id"));

        var refused = events.awaitMessage(dossier, 1, BirthRegistrationRefused.class);
        assertThat(refused.refusal().code()).isEqualTo("INCOMPLETE_DECLARATION");
        assertThat(refused.refusal().message()).contains("mother.personalIdNumber");
    }

    @Test
    void aCompletedRegistrationIsALegalRecordAndIsNotCancelled() {
        UUID dossier = UUID.randomUUID();
        commands.send(COMMANDS, registerBirth(dossier, "Đỗ Thị Lan", today().minusDays(2), aMothersId()));
        var registered = events.awaitMessage(dossier, 1, BirthRegistered.class);

        commands.send(COMMANDS, new CancelBirthRegistration(dossier, "withdrawn by the family"));

        var refused = (BirthRegistrationCancellationRefused) events.awaitMessages(dossier, 2).get(1);
        assertThat(refused.refusal().code()).isEqualTo("REGISTRATION_IS_LEGAL_RECORD");
        assertThat(refused.refusal().message()).contains(registered.certificateNumber()).contains("legal record");
        assertThat(registrationsOf(dossier)).isEqualTo(1);
    }

    @Test
    void cancellingADossierWithNothingToCancelIsCancelledAndItIsNeverRegisteredLater() {
        UUID dossier = UUID.randomUUID();

        double skippedBefore = skippedAsCancelled();

        commands.send(COMMANDS, new CancelBirthRegistration(dossier, "withdrawn"));
        events.awaitMessage(dossier, 1, BirthRegistrationCancelled.class);
        commands.send(COMMANDS, registerBirth(dossier, "Đỗ Văn Long", today(), aMothersId()));

        // The late command is not handled at all: no answer, no registration, no personal ID number asked for.
        await().atMost(Duration.ofSeconds(30)).until(() -> skippedAsCancelled() > skippedBefore);
        events.assertStaysAt(dossier, 1);
        assertThat(registrationsOf(dossier)).isZero();
        assertThat(pendingOf(dossier)).isZero();
        assertThat(callsWithKey("birth:" + dossier)).isEmpty();
    }

    @Test
    void countsRegistrationsRefusalsAndAllocationCallsWithoutPersonalData() {
        UUID registeredDossier = UUID.randomUUID();
        String mother = aMothersId();
        commands.send(COMMANDS, registerBirth(registeredDossier, "Bùi Thị Yến", today().minusDays(1), mother));
        var registered = events.awaitMessage(registeredDossier, 1, BirthRegistered.class);
        UUID refusedDossier = UUID.randomUUID();
        commands.send(COMMANDS, registerBirth(refusedDossier, "Bùi Văn Tú", today().plusDays(2), aMothersId()));
        events.awaitMessage(refusedDossier, 1, BirthRegistrationRefused.class);

        var metrics = http.asClient("prometheus").get("/actuator/prometheus").text();

        assertThat(metrics)
                .contains("civilregistry_registrations_total{application=\"civil-registry-service\",channel=\"LINKED_DOSSIER\",timeliness=\"ON_TIME\"}")
                .contains("civilregistry_refusals_total{application=\"civil-registry-service\",channel=\"LINKED_DOSSIER\",reason=\"BIRTH_DATE_IN_FUTURE\"}")
                .contains("civilregistry_personalid_allocation_seconds_count{application=\"civil-registry-service\",outcome=\"allocated\"}")
                .contains("civilregistry_registrations_awaiting_personalid")
                .doesNotContain(mother).doesNotContain(registered.personalIdNumber()).doesNotContain("Bùi")
                .doesNotContain(registeredDossier.toString());
    }

    private double skippedAsCancelled() {
        var skipped = meters.find("participant.commands.skipped").tag("agency", "civil-registry").tag("reason", "cancelled")
                .counter();
        return skipped == null ? 0 : skipped.count();
    }
}
