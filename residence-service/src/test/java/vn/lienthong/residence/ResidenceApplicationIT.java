package vn.lienthong.residence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.Sex;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceCancellationRefused;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.ResidenceSupplementRequested;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;
import vn.lienthong.platform.calendar.WorkingCalendar;
import vn.lienthong.testsupport.ServiceHttp.Response;
import vn.lienthong.testsupport.TestClock;

/** Residence applications decided by hand (the service's default): commands in, officers' decisions, replies out. */
class ResidenceApplicationIT extends ServiceTestSupport {

    @Autowired WorkingCalendar calendar;
    @Autowired MeterRegistry meters;

    @Test
    void aStraightforwardApplicationWaitsForAnOfficerWithItsDueDateAndApprovalRegistersTheChild() {
        var family = aFamilyInDucGiang();
        String child = aNewbornRegisteredIn("001");
        UUID dossier = UUID.randomUUID();
        var command = anApplication(dossier, child, family.householdNumber(), family.mother(), family.father());
        double approvedBefore = counter("approved", "officer");

        commands.send(COMMANDS, command);
        var pending = awaitApplication(command.dossierCode());

        assertThat(pending).containsEntry("status", "PENDING").containsEntry("unitCode", DUC_GIANG)
                .containsEntry("householdNumber", family.householdNumber());
        var due = calendar.dueDate(Instant.parse((String) pending.get("receivedAt")), 7);
        assertThat(pending).containsEntry("dueDate", due.date().toString())
                .containsEntry("dueDateProvisional", due.provisional());
        assertThat(pending.get("child")).isEqualTo(Map.of("personalIdNumber", child, "fullName", "Nguyễn Thị An",
                "dateOfBirth", "2025-03-15", "sex", "FEMALE"));
        assertThat(gauge("residence.applications.pending")).isEqualTo(
                count("select count(*) from residence_application where status = 'PENDING'"));
        replies.assertStaysAt(dossier, 0);

        var approved = decide(pending, "{\"decision\":\"APPROVE\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.map()).containsEntry("status", "APPROVED").containsEntry("decidedBy", "police.000.26.45.h26")
                .containsEntry("decisionBasis", "OFFICER");
        LocalDate today = clock.today();
        assertThat(replies.awaitMessage(dossier, 1)).isEqualTo(new ResidenceRegistered(dossier, family.householdNumber(),
                "Số 18 ngõ 75 phố Đức Giang, Phường Đức Giang, Hà Nội", "001", "Phường Đức Giang", today));
        var household = http.asPoliceOf(DUC_GIANG).post("/api/v1/households/search",
                "{\"personalIdNumber\":\"%s\"}".formatted(child));
        assertThat(household.map()).containsEntry("householdNumber", family.householdNumber());
        assertThat(household.map().toString()).contains("relationshipToHead=CHILD");
        assertThat(counter("approved", "officer")).isEqualTo(approvedBefore + 1);
        assertThat(meters.find("residence.applications.decision.time").tag("outcome", "approved").timer())
                .isNotNull().satisfies(timer -> assertThat(timer.count()).isPositive());
    }

    @Test
    void decidingAgainTheSameWayChangesNothingAndDecidingOtherwiseConflicts() {
        UUID dossier = UUID.randomUUID();
        var pending = aPendingApplication(dossier);
        decide(pending, "{\"decision\":\"APPROVE\"}");
        replies.awaitMessage(dossier, 1);
        int historyBefore = history(pending).size();

        var again = decide(pending, "{\"decision\":\"APPROVE\"}");
        var otherwise = decide(pending, "{\"decision\":\"REFUSE\",\"reason\":\"Changed my mind\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.map()).containsEntry("status", "APPROVED");
        assertThat(otherwise.status()).isEqualTo(409);
        assertThat(otherwise.map()).containsEntry("type", "urn:lienthong:problem:application-already-decided");
        assertThat(history(pending)).hasSize(historyBefore);
        replies.assertStaysAt(dossier, 1);
    }

    @Test
    void anOfficerRefusesWithAReasonAndTheChildStaysOutOfTheHousehold() {
        var family = aFamilyInDucGiang();
        String child = aNewbornRegisteredIn("001");
        UUID dossier = UUID.randomUUID();
        var command = anApplication(dossier, child, family.householdNumber(), family.mother(), null);
        commands.send(COMMANDS, command);
        var pending = awaitApplication(command.dossierCode());

        var withoutReason = decide(pending, "{\"decision\":\"REFUSE\"}");
        var refused = decide(pending, "{\"decision\":\"REFUSE\",\"reason\":\"The household book copy is illegible.\"}");

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.map()).containsEntry("type", "urn:lienthong:problem:reason-required");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(replies.awaitMessage(dossier, 1)).isEqualTo(new ResidenceRefused(dossier,
                new Refusal("REFUSED_BY_POLICE", "The household book copy is illegible.")));
        assertThat(count("select count(*) from household_member where personal_id_number = ?", child)).isZero();
    }

    @Test
    void aSupplementRequestPausesTheApplicationUntilTheSupplementArrivesOnce() {
        UUID dossier = UUID.randomUUID();
        var pending = aPendingApplication(dossier);

        var withoutItems = decide(pending, "{\"decision\":\"REQUEST_SUPPLEMENT\"}");
        var requested = decide(pending, """
                {"decision":"REQUEST_SUPPLEMENT","reason":"Bring the originals","missingItems":["Marriage certificate"]}""");
        var again = decide(pending, """
                {"decision":"REQUEST_SUPPLEMENT","missingItems":["Marriage certificate"]}""");
        var approveWhileWaiting = decide(pending, "{\"decision\":\"APPROVE\"}");

        assertThat(withoutItems.status()).isEqualTo(400);
        assertThat(requested.map()).containsEntry("status", "AWAITING_SUPPLEMENT");
        assertThat(again.status()).isEqualTo(200);
        assertThat(approveWhileWaiting.status()).isEqualTo(409);
        assertThat(replies.awaitMessage(dossier, 1)).isEqualTo(new ResidenceSupplementRequested(dossier,
                List.of("Marriage certificate"), "Bring the originals"));

        var supplement = new SupplementResidenceApplication(dossier, "Originals scanned",
                List.of(new Document("Marriage certificate", "scan://dossier/17/marriage.pdf")));
        commands.send(COMMANDS, supplement);
        await().atMost(Duration.ofSeconds(30)).until(() -> "PENDING".equals(application(pending).get("status")));
        int historyAfterSupplement = history(pending).size();
        commands.send(COMMANDS, supplement);
        commands.send(COMMANDS, supplement, UUID.randomUUID());

        replies.assertStaysAt(dossier, 1);
        assertThat(history(pending)).hasSize(historyAfterSupplement);
        assertThat(application(pending)).containsEntry("supplementRounds", 1).containsEntry("missingItems", List.of());
        assertThat(decide(pending, "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);
        assertThat(replies.awaitMessage(dossier, 2)).isInstanceOf(ResidenceRegistered.class);
    }

    @Test
    void thePinnedSupplementRequestWithOnlyAReasonRequestsThatReasonAsTheMissingItem() {
        UUID dossier = UUID.randomUUID();
        var pending = aPendingApplication(dossier);

        // Exactly the body DESIGN.md §5 pins: no missingItems.
        var requested = decide(pending, """
                {"decision": "REQUEST_SUPPLEMENT", "reason": "Bản sao giấy chứng nhận kết hôn"}""");

        assertThat(requested.status()).isEqualTo(200);
        assertThat(requested.map()).containsEntry("status", "AWAITING_SUPPLEMENT")
                .containsEntry("missingItems", List.of("Bản sao giấy chứng nhận kết hôn"));
        assertThat(replies.awaitMessage(dossier, 1)).isEqualTo(new ResidenceSupplementRequested(dossier,
                List.of("Bản sao giấy chứng nhận kết hôn"), null));
        var neither = decide(pending, "{\"decision\":\"REQUEST_SUPPLEMENT\",\"reason\":\" \",\"missingItems\":[]}");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.map()).containsEntry("type", "urn:lienthong:problem:missing-items-required");
        assertThat((String) neither.map().get("detail")).contains("reason").contains("missingItems");
    }

    @Test
    void refusesAtOnceWhenTheHouseholdDoesNotExist() {
        UUID dossier = UUID.randomUUID();
        commands.send(COMMANDS, anApplication(dossier, aNewbornRegisteredIn("001"), "HK-001-7777777",
                aPersonalIdNumber("001", Sex.FEMALE, 1995), null));

        var reply = (ResidenceRefused) replies.awaitMessage(dossier, 1);

        assertThat(reply.refusal().code()).isEqualTo("HOUSEHOLD_NOT_FOUND");
        assertThat(counter("refused", "checks")).isPositive();
    }

    @Test
    void refusesAtOnceWhenNeitherParentIsAMember() {
        var family = aFamilyInDucGiang();
        UUID dossier = UUID.randomUUID();
        var command = anApplication(dossier, aNewbornRegisteredIn("001"), family.householdNumber(),
                aPersonalIdNumber("001", Sex.FEMALE, 1996), aPersonalIdNumber("001", Sex.MALE, 1994));
        commands.send(COMMANDS, command);

        assertThat(((ResidenceRefused) replies.awaitMessage(dossier, 1)).refusal().code()).isEqualTo("PARENT_NOT_IN_HOUSEHOLD");
        assertThat(awaitApplication(command.dossierCode())).containsEntry("status", "REFUSED")
                .containsEntry("decidedBy", "POLICY").containsEntry("decisionBasis", "CHECKS");
    }

    @Test
    void refusesAtOnceAChildWhoAlreadyHasAPermanentResidence() {
        var first = aFamilyInDucGiang();
        var second = aFamilyInDucGiang();
        String child = aNewbornRegisteredIn("001");
        UUID firstDossier = UUID.randomUUID();
        var firstApplication = anApplication(firstDossier, child, first.householdNumber(), first.mother(), null);
        commands.send(COMMANDS, firstApplication);
        decide(awaitApplication(firstApplication.dossierCode()), "{\"decision\":\"APPROVE\"}");
        replies.awaitMessage(firstDossier, 1);

        UUID dossier = UUID.randomUUID();
        commands.send(COMMANDS, anApplication(dossier, child, second.householdNumber(), second.mother(), null));

        assertThat(((ResidenceRefused) replies.awaitMessage(dossier, 1)).refusal().code()).isEqualTo("CHILD_ALREADY_RESIDENT");
    }

    @Test
    void refusesAMalformedApplicationInsteadOfDeadLetteringIt() {
        UUID dossier = UUID.randomUUID();
        commands.send(COMMANDS, new RegisterResidence(dossier, "000.26.45.H26-251124-0001", "000.26.45.H26", "not-a-number",
                "HK-001-7777777", "CHILD", null, null));

        assertThat(((ResidenceRefused) replies.awaitMessage(dossier, 1)).refusal().code()).isEqualTo("INVALID_APPLICATION");
    }

    @Test
    void aReplayedApplicationChangesNothingAndIsAnsweredAsBefore() {
        UUID refusedDossier = UUID.randomUUID();
        var refused = anApplication(refusedDossier, aNewbornRegisteredIn("001"), "HK-001-7777777",
                aPersonalIdNumber("001", Sex.FEMALE, 1995), null);
        var family = aFamilyInDucGiang();
        UUID pendingDossier = UUID.randomUUID();
        var pending = anApplication(pendingDossier, aNewbornRegisteredIn("001"), family.householdNumber(),
                family.mother(), null);
        UUID messageId = commands.send(COMMANDS, refused);
        commands.send(COMMANDS, pending);
        var first = replies.awaitMessage(refusedDossier, 1);
        awaitApplication(pending.dossierCode());

        commands.send(COMMANDS, refused, messageId);
        commands.send(COMMANDS, refused);
        commands.send(COMMANDS, pending);

        assertThat(replies.awaitMessage(refusedDossier, 2)).isEqualTo(first);
        replies.assertStaysAt(refusedDossier, 2);
        replies.assertStaysAt(pendingDossier, 0);
        assertThat(count("select count(*) from residence_application where dossier_id in (?, ?)", refusedDossier,
                pendingDossier)).isEqualTo(2);
    }

    @Test
    void aWithdrawnDossierCancelsAnUndecidedApplication() {
        UUID dossier = UUID.randomUUID();
        var pending = aPendingApplication(dossier);

        commands.send(COMMANDS, new CancelResidenceApplication(dossier, "withdrawn by the citizen"));

        assertThat(replies.awaitMessage(dossier, 1)).isEqualTo(new ResidenceApplicationCancelled(dossier));
        assertThat(application(pending)).containsEntry("status", "CANCELLED");
        var decision = decide(pending, "{\"decision\":\"APPROVE\"}");
        assertThat(decision.status()).isEqualTo(409);
        assertThat(decision.map()).containsEntry("type", "urn:lienthong:problem:application-cancelled");
    }

    @Test
    void aWithdrawalLeavesADecidedApplicationAsItIsAndSaysSo() {
        UUID dossier = UUID.randomUUID();
        var pending = aPendingApplication(dossier);
        decide(pending, "{\"decision\":\"APPROVE\"}");
        replies.awaitMessage(dossier, 1);

        commands.send(COMMANDS, new CancelResidenceApplication(dossier, "withdrawn by the citizen"));

        var refusal = (ResidenceCancellationRefused) replies.awaitMessage(dossier, 2);
        assertThat(refusal.refusal().code()).isEqualTo("APPLICATION_ALREADY_DECIDED");
        assertThat(refusal.refusal().message()).contains("approved");
        assertThat(application(pending)).containsEntry("status", "APPROVED");
    }

    @Test
    void aWithdrawalThatArrivesFirstKeepsTheLateApplicationOut() {
        var family = aFamilyInDucGiang();
        UUID dossier = UUID.randomUUID();
        String child = aNewbornRegisteredIn("001");

        commands.send(COMMANDS, new CancelResidenceApplication(dossier, "withdrawn by the citizen"));
        assertThat(replies.awaitMessage(dossier, 1)).isEqualTo(new ResidenceApplicationCancelled(dossier));
        double skippedBefore = skippedAsCancelled();
        commands.send(COMMANDS, anApplication(dossier, child, family.householdNumber(), family.mother(), null));

        // The platform remembers the withdrawn dossier: the late step is not handled, and not answered.
        await().atMost(Duration.ofSeconds(30)).until(() -> skippedAsCancelled() > skippedBefore);
        replies.assertStaysAt(dossier, 1);
        assertThat(count("select count(*) from residence_application where dossier_id = ?", dossier)).isZero();
        assertThat(count("select count(*) from household_member where personal_id_number = ?", child)).isZero();
    }

    @Test
    void anOfficerCannotDecideAnApplicationWhoseDossierThePlatformRemembersAsWithdrawn() {
        UUID dossier = UUID.randomUUID();
        var pending = aPendingApplication(dossier);
        int historyBefore = history(pending).size();
        // A withdrawal the platform recorded while this application still shows as open.
        jdbc.sql("insert into messaging.dossier_memory (consumer, dossier_id, state) values ('residence-service', ?, 'CANCELLED')")
                .param(dossier).update();

        var approve = decide(pending, "{\"decision\":\"APPROVE\"}");
        var supplement = decide(pending, "{\"decision\":\"REQUEST_SUPPLEMENT\",\"reason\":\"Bản sao sổ hộ khẩu\"}");

        assertThat(List.of(approve, supplement)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.map()).containsEntry("type", "urn:lienthong:problem:application-cancelled");
        });
        assertThat(application(pending)).containsEntry("status", "PENDING");
        assertThat(history(pending)).hasSize(historyBefore);
        replies.assertStaysAt(dossier, 0);
    }

    @Test
    void anApprovalRegistersTheResidenceOnTheServicesDateNotTheMachines() {
        UUID dossier = UUID.randomUUID();
        var pending = aPendingApplication(dossier);
        clock.advance(Duration.ofDays(3));

        decide(pending, "{\"decision\":\"APPROVE\"}");

        var registered = replies.awaitMessage(dossier, 1, ResidenceRegistered.class);
        assertThat(registered.registeredOn()).isEqualTo(clock.today()).isNotEqualTo(LocalDate.now(TestClock.VIETNAM));
    }

    @Test
    void listsApplicationsMostUrgentFirstFilteredByStatusAndUnit() {
        var family = aFamilyInDucGiang();
        String unit = HOAN_KIEM;
        UUID later = UUID.randomUUID();
        UUID sooner = UUID.randomUUID();
        for (UUID dossier : List.of(later, sooner)) {
            var command = anApplication(dossier, aNewbornRegisteredIn("001"), family.householdNumber(), family.mother(), null);
            commands.send(COMMANDS, new RegisterResidence(dossier, command.dossierCode(), unit, command.childPersonalIdNumber(),
                    command.householdNumber(), "CHILD", command.motherPersonalIdNumber(), null));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from residence_application where dossier_id in (?, ?)", later, sooner) == 2);
        jdbc.sql("update residence_application set due_date = due_date - 3 where dossier_id = ?").param(sooner).update();

        var list = http.asPoliceOf(unit).get("/api/v1/residence-applications?status=PENDING&unitCode=" + unit);
        var bad = http.asPoliceOf(unit).get("/api/v1/residence-applications?status=MAYBE");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.list()).extracting(a -> a.get("dossierId")).containsExactly(sooner.toString(), later.toString());
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void answersAnUnknownApplicationOrDecisionWithAProblem() {
        var unknown = http.asPoliceOf(DUC_GIANG).post("/api/v1/residence-applications/" + UUID.randomUUID() + "/decision",
                "{\"decision\":\"APPROVE\"}");
        var badDecision = http.asPoliceOf(DUC_GIANG).post("/api/v1/residence-applications/" + UUID.randomUUID() + "/decision",
                "{\"decision\":\"MAYBE\"}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.map()).containsEntry("type", "urn:lienthong:problem:application-not-found");
        assertThat(badDecision.status()).isEqualTo(400);
    }

    /** A straightforward application of a newborn to its mother's household in Đức Giang, waiting for an officer. */
    private Map<String, Object> aPendingApplication(UUID dossier) {
        var family = aFamilyInDucGiang();
        var command = anApplication(dossier, aNewbornRegisteredIn("001"), family.householdNumber(), family.mother(), null);
        commands.send(COMMANDS, command);
        return awaitApplication(command.dossierCode());
    }

    private Map<String, Object> awaitApplication(String dossierCode) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> http.asPoliceOf(DUC_GIANG).get("/api/v1/residence-applications?dossierCode=" + dossierCode).list(),
                        l -> l.size() == 1)
                .getFirst();
    }

    private Map<String, Object> application(Map<String, Object> application) {
        return http.asPoliceOf(DUC_GIANG).get("/api/v1/residence-applications/" + application.get("id")).map();
    }

    @SuppressWarnings("unchecked")
    private List<Object> history(Map<String, Object> application) {
        return (List<Object>) application(application).get("history");
    }

    private Response decide(Map<String, Object> application, String body) {
        return http.asPoliceOf(DUC_GIANG).post("/api/v1/residence-applications/" + application.get("id") + "/decision", body);
    }

    private double counter(String outcome, String decidedBy) {
        var counter = meters.find("residence.applications").tag("outcome", outcome).tag("decided_by", decidedBy).counter();
        return counter == null ? 0 : counter.count();
    }

    private double skippedAsCancelled() {
        var counter = meters.find("participant.commands.skipped").tag("agency", "residence").tag("reason", "cancelled")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private long gauge(String name) {
        return (long) meters.get(name).gauge().value();
    }
}
