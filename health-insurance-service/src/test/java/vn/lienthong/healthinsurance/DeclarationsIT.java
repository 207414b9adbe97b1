package vn.lienthong.healthinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.healthinsurance.AnIssueCommand.anIssueCommand;

import io.micrometer.core.instrument.MeterRegistry;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lienthong.contracts.Document;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.healthinsurance.CancelHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCancellationRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardCancelled;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceSupplementRequested;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.SupplementHealthInsuranceDeclaration;
import vn.lienthong.platform.calendar.WorkingCalendar;

/**
 * The service as the office runs it by default: auto-issue off, so the straightforward case waits for
 * an officer's decision; the rules still settle at once what they can.
 */
class DeclarationsIT extends HealthInsuranceIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;
    @Autowired WorkingCalendar calendar;

    @Test
    void aDeclarationWaitsForTheOfficeWithItsDueDateThenTheApprovalIssuesTheCard() {
        // Tue 2025-04-29 + 2 working days = Tue 2025-05-06 (DESIGN.md rule 5); the commune arrives in NFD, lower case.
        IssueHealthInsuranceCard command = anIssueCommand().bornOn(LocalDate.parse("2025-04-20"))
                .birthRegisteredOn(LocalDate.parse("2025-04-29"))
                .livingIn("001", Normalizer.normalize("phường đức giang", Normalizer.Form.NFD))
                .withFullName(Normalizer.normalize("Nguyễn Thị An", Normalizer.Form.NFD)).build();
        send(command);

        Map<String, Object> pending = awaitDeclaration(command.dossierCode());
        assertThat(pending).containsEntry("status", "PENDING")
                .containsEntry("dueDate", "2025-05-06")
                .containsEntry("dueDateProvisional", false)
                .containsEntry("overdue", true)
                .containsEntry("unitCode", "000.26.45.H26");
        assertThat(child(pending)).containsEntry("fullName", "Nguyễn Thị An")
                .containsEntry("personalIdNumber", command.personalIdNumber());

        long timedBefore = decisionsTimed("issued", "office");
        double issuedBefore = meters.counter("healthinsurance.cards.issued", "decided.by", "office").count();

        var approved = decide(pending.get("id"), "{\"decision\":\"APPROVE\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.map()).containsEntry("status", "ISSUED").containsEntry("decidedBy", OFFICER)
                .containsEntry("decisionBasis", "OFFICE");
        assertThat(replies.awaitMessage(command.dossierId(), 1)).isEqualTo(new HealthInsuranceCardIssued(command.dossierId(),
                command.personalIdNumber(), "TE1", LocalDate.parse("2025-04-20"), LocalDate.parse("2031-09-30"), "01101"));
        replies.assertStaysAt(command.dossierId(), 1);
        assertThat(decisionsTimed("issued", "office")).isEqualTo(timedBefore + 1);
        assertThat(meters.counter("healthinsurance.cards.issued", "decided.by", "office").count()).isEqualTo(issuedBefore + 1);
    }

    @Test
    void theSameDecisionAgainChangesNothingAndADifferentOneIsAConflict() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        Object id = awaitDeclaration(command.dossierCode()).get("id");
        assertThat(decide(id, "{\"decision\":\"APPROVE\"}").status()).isEqualTo(200);

        var again = decide(id, "{\"decision\":\"APPROVE\"}");
        var refusal = decide(id, "{\"decision\":\"REFUSE\",\"reason\":\"changed our mind\"}");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.map()).containsEntry("status", "ISSUED");
        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.map()).containsEntry("type", "urn:lienthong:problem:declaration-already-decided");
        replies.awaitMessage(command.dossierId(), 1);
        replies.assertStaysAt(command.dossierId(), 1);
        assertThat(cardsOf(command.personalIdNumber())).isEqualTo(1);
    }

    @Test
    void theOfficeRefusesWithAReasonAndTheRefusalIsCountedByReason() {
        double before = refusals("refused-by-office");
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        Object id = awaitDeclaration(command.dossierCode()).get("id");

        var refused = decide(id, "{\"decision\":\"REFUSE\",\"reason\":\"Giấy chứng sinh không hợp lệ\"}");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.map()).containsEntry("status", "REFUSED");
        assertThat(replies.awaitMessage(command.dossierId(), 1)).isEqualTo(new HealthInsuranceCardRefused(command.dossierId(),
                new Refusal("refused-by-office", "Giấy chứng sinh không hợp lệ")));
        assertThat(refusals("refused-by-office")).isEqualTo(before + 1);
        assertThat(cardsOf(command.personalIdNumber())).isZero();
    }

    @Test
    void aDecisionWithoutWhatItNeedsIsABadRequestAndChangesNothing() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        Object id = awaitDeclaration(command.dossierCode()).get("id");

        var noReason = decide(id, "{\"decision\":\"REFUSE\"}");
        var noItems = decide(id, "{\"decision\":\"REQUEST_SUPPLEMENT\",\"missingItems\":[]}");
        var unknownKind = decide(id, "{\"decision\":\"MAYBE\"}");
        var noDecision = decide(id, "{}");

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(noItems.status()).isEqualTo(400);
        assertThat(noItems.errorFields()).containsExactly("missingItems");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.map()).containsEntry("type", "urn:lienthong:problem:malformed-request");
        assertThat(noDecision.errorFields()).containsExactly("decision");
        assertThat(officer.get("/api/v1/declarations/" + id).map()).containsEntry("status", "PENDING");
        assertThat(decide(UUID.randomUUID(), "{\"decision\":\"APPROVE\"}").map())
                .containsEntry("type", "urn:lienthong:problem:declaration-not-found");
    }

    @Test
    void aSupplementRequestPausesTheDeclarationUntilTheMissingItemsArrive() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        Object id = awaitDeclaration(command.dossierCode()).get("id");

        var requested = decide(id, """
                {"decision":"REQUEST_SUPPLEMENT","reason":"Ảnh chụp bị mờ","missingItems":["Giấy chứng sinh"]}""");

        assertThat(requested.map()).containsEntry("status", "AWAITING_SUPPLEMENT");
        assertThat(replies.awaitMessage(command.dossierId(), 1)).isEqualTo(new HealthInsuranceSupplementRequested(
                command.dossierId(), List.of("Giấy chứng sinh"), "Ảnh chụp bị mờ"));
        assertThat(decide(id, "{\"decision\":\"APPROVE\"}").map())
                .containsEntry("type", "urn:lienthong:problem:declaration-awaiting-supplement");

        send(new SupplementHealthInsuranceDeclaration(command.dossierId(), "Bản chụp mới",
                List.of(new Document("Giấy chứng sinh", "scan://2025/000123"))));

        Map<String, Object> resumed = awaitDeclaration(command.dossierCode(), "PENDING");
        assertThat(resumed.get("dueDate")).isEqualTo(calendar.plusWorkingDays(clock.today(), 2).date().toString());
        assertThat(resumed.get("supplements")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement().satisfies(supplement -> assertThat(supplement.toString())
                        .contains("Bản chụp mới").contains("scan://2025/000123"));
        assertThat(decide(id, "{\"decision\":\"APPROVE\"}").map()).containsEntry("status", "ISSUED");
        assertThat(replies.awaitMessage(command.dossierId(), 2)).isInstanceOf(HealthInsuranceCardIssued.class);
    }

    @Test
    void thePinnedSupplementRequestWithOnlyAReasonRequestsThatReasonAsTheMissingItem() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        Object id = awaitDeclaration(command.dossierCode()).get("id");

        // Exactly the body DESIGN.md §5 pins: no missingItems.
        var requested = decide(id, """
                {"decision": "REQUEST_SUPPLEMENT", "reason": "Bản sao giấy chứng sinh"}""");

        assertThat(requested.status()).isEqualTo(200);
        assertThat(requested.map()).containsEntry("status", "AWAITING_SUPPLEMENT");
        assertThat(requested.map().get("supplementRequest")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("missingItems", List.of("Bản sao giấy chứng sinh"));
        assertThat(replies.awaitMessage(command.dossierId(), 1)).isEqualTo(new HealthInsuranceSupplementRequested(
                command.dossierId(), List.of("Bản sao giấy chứng sinh"), null));
        var neither = decide(id, "{\"decision\":\"REQUEST_SUPPLEMENT\",\"reason\":\" \"}");
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.errorFields()).containsExactly("missingItems");
    }

    @Test
    void aChildWhoIsSixIsRefusedAtOnceEvenWithoutAutoIssue() {
        IssueHealthInsuranceCard command = anIssueCommand().bornOn(clock.today().minusYears(6)).build();
        send(command);

        assertThat(replies.awaitMessage(command.dossierId(), 1)).isInstanceOfSatisfying(HealthInsuranceCardRefused.class,
                refused -> assertThat(refused.refusal().code()).isEqualTo("child-not-under-six"));
        assertThat(awaitDeclaration(command.dossierCode())).containsEntry("status", "REFUSED")
                .containsEntry("decidedBy", "POLICY").containsEntry("decisionBasis", "RULES");
    }

    @Test
    void aChosenFacilityMustBeInTheCatalogueAndServeTheChildsProvince() {
        IssueHealthInsuranceCard unknown = anIssueCommand().choosing("01999").build();
        IssueHealthInsuranceCard elsewhere = anIssueCommand().choosing("56101").build();
        send(unknown);
        send(elsewhere);

        assertThat(replies.awaitMessage(unknown.dossierId(), 1)).isInstanceOfSatisfying(HealthInsuranceCardRefused.class,
                refused -> assertThat(refused.refusal().code()).isEqualTo("facility-unknown"));
        assertThat(replies.awaitMessage(elsewhere.dossierId(), 1)).isInstanceOfSatisfying(HealthInsuranceCardRefused.class,
                refused -> assertThat(refused.refusal().code()).isEqualTo("facility-outside-province"));
    }

    @Test
    void aChildWhoHoldsACardIsGivenThatCardForAnotherDossierAndNoSecondCard() {
        IssueHealthInsuranceCard first = anIssueCommand().choosing("01902").build();
        send(first);
        decide(awaitDeclaration(first.dossierCode()).get("id"), "{\"decision\":\"APPROVE\"}");
        HealthInsuranceCardIssued card = (HealthInsuranceCardIssued) replies.awaitMessage(first.dossierId(), 1);

        IssueHealthInsuranceCard second = anIssueCommand().forTheSameChildAs(first).build();
        send(second);

        assertThat(replies.awaitMessage(second.dossierId(), 1)).isEqualTo(new HealthInsuranceCardIssued(second.dossierId(),
                card.cardNumber(), card.benefitCode(), card.validFrom(), card.validTo(), "01902"));
        assertThat(awaitDeclaration(second.dossierCode())).containsEntry("status", "ISSUED")
                .containsEntry("decidedBy", "POLICY").containsEntry("decisionBasis", "RULES");
        assertThat(cardsOf(first.personalIdNumber())).isEqualTo(1);
    }

    @Test
    void aCommandReplayedUnderANewMessageIdGetsTheSameReplyAndChangesNothing() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        decide(awaitDeclaration(command.dossierCode()).get("id"), "{\"decision\":\"APPROVE\"}");
        var first = replies.awaitMessage(command.dossierId(), 1);

        send(command);

        assertThat(replies.awaitMessage(command.dossierId(), 2)).isEqualTo(first);
        replies.assertStaysAt(command.dossierId(), 2);
        assertThat(jdbc.sql("select count(*) from declarations where dossier_id = ?").param(command.dossierId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(cardsOf(command.personalIdNumber())).isEqualTo(1);
    }

    @Test
    void aRedeliveredMessageIsHandledOnce() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        UUID messageId = send(command);
        awaitDeclaration(command.dossierCode());
        send(new CancelHealthInsuranceCard(command.dossierId(), "withdrawn"));
        replies.awaitMessage(command.dossierId(), 1);

        commands.send(COMMANDS, command, messageId);

        replies.assertStaysAt(command.dossierId(), 1);
        assertThat(awaitDeclaration(command.dossierCode())).containsEntry("status", "CANCELLED");
    }

    @Test
    void withdrawingTheDossierCancelsAnUndecidedDeclaration() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        Object id = awaitDeclaration(command.dossierCode()).get("id");

        send(new CancelHealthInsuranceCard(command.dossierId(), "Công dân rút hồ sơ"));

        assertThat(replies.awaitMessage(command.dossierId(), 1)).isEqualTo(new HealthInsuranceCardCancelled(command.dossierId()));
        assertThat(officer.get("/api/v1/declarations/" + id).map()).containsEntry("status", "CANCELLED");
        assertThat(decide(id, "{\"decision\":\"APPROVE\"}").map())
                .containsEntry("type", "urn:lienthong:problem:declaration-cancelled");
        assertThat(cardsOf(command.personalIdNumber())).isZero();
    }

    @Test
    void withdrawingAfterTheCardWasIssuedKeepsTheCardAndSaysSo() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        decide(awaitDeclaration(command.dossierCode()).get("id"), "{\"decision\":\"APPROVE\"}");
        replies.awaitMessage(command.dossierId(), 1);

        send(new CancelHealthInsuranceCard(command.dossierId(), "Công dân rút hồ sơ"));

        assertThat(replies.awaitMessage(command.dossierId(), 2)).isInstanceOfSatisfying(HealthInsuranceCancellationRefused.class,
                refused -> assertThat(refused.refusal().code()).isEqualTo("card-already-issued"));
        assertThat(officer.post("/api/v1/card-checks", "{\"cardNumber\":\"" + command.personalIdNumber() + "\"}").map())
                .containsEntry("status", "VALID").containsEntry("valid", true);
    }

    @Test
    void anIncompleteCommandIsRefusedAndNothingIsStored() {
        IssueHealthInsuranceCard command = anIssueCommand().withPersonalIdNumber(null).withFullName(" ").build();
        send(command);

        assertThat(replies.awaitMessage(command.dossierId(), 1)).isInstanceOfSatisfying(HealthInsuranceCardRefused.class,
                refused -> assertThat(refused.refusal()).isEqualTo(new Refusal("declaration-incomplete",
                        "The declaration lacks valid values for: personalIdNumber, fullName.")));
        assertThat(officer.get("/api/v1/declarations?dossierCode=" + command.dossierCode()).list()).isEmpty();
    }

    @Test
    void theQueueIsFilteredByStatusUnitAndDueDateMostUrgentFirst() {
        String unit = "000.77.77.T77";
        IssueHealthInsuranceCard later = anIssueCommand().atUnit(unit).birthRegisteredOn(clock.today().minusDays(1)).build();
        IssueHealthInsuranceCard earliest = anIssueCommand().atUnit(unit).birthRegisteredOn(clock.today().minusDays(30)).build();
        IssueHealthInsuranceCard refused = anIssueCommand().atUnit(unit).choosing("01999").build();
        List.of(later, earliest, refused).forEach(this::send);
        await().atMost(PATIENCE).until(() -> officer.get("/api/v1/declarations?unitCode=" + unit).list().size() == 3);

        List<Map<String, Object>> pending = officer.get("/api/v1/declarations?status=PENDING&unitCode=" + unit).list();
        List<Map<String, Object>> dueSoon = officer.get("/api/v1/declarations?unitCode=" + unit
                + "&dueBefore=" + clock.today().minusDays(20)).list();

        assertThat(pending).extracting(d -> d.get("dossierCode")).containsExactly(earliest.dossierCode(), later.dossierCode());
        assertThat(dueSoon).extracting(d -> d.get("dossierCode")).containsExactly(earliest.dossierCode());
        assertThat(officer.get("/api/v1/declarations?status=REFUSED&unitCode=" + unit).list())
                .extracting(d -> d.get("dossierCode")).containsExactly(refused.dossierCode());
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        var badStatus = officer.get("/api/v1/declarations?status=LOST");
        var badUnit = officer.get("/api/v1/declarations?unitCode=H26");
        var badLimit = officer.get("/api/v1/declarations?limit=0");

        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badUnit.status()).isEqualTo(400);
        assertThat(badUnit.errorFields()).containsExactly("unitCode");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.errorFields()).containsExactly("limit");
        assertThat(officer.get("/api/v1/declarations/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void theGaugesCountPendingAndOverdueDeclarationsFromTheDatabase() {
        IssueHealthInsuranceCard overdue = anIssueCommand().birthRegisteredOn(clock.today().minusDays(30)).build();
        send(overdue);
        awaitDeclaration(overdue.dossierCode());

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(gauge("healthinsurance.declarations.pending"))
                    .isEqualTo(count("select count(*) from declarations where status = 'PENDING'"));
            assertThat(gauge("healthinsurance.declarations.overdue"))
                    .isEqualTo(count("select count(*) from declarations where status = 'PENDING' and due_date < '" + clock.today() + "'"))
                    .isPositive();
        });
    }

    private long cardsOf(String personalIdNumber) {
        return jdbc.sql("select count(*) from cards where card_number = ?").param(personalIdNumber).query(Long.class).single();
    }

    private double count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private long decisionsTimed(String outcome, String decidedBy) {
        var timer = meters.find("healthinsurance.declarations.decision.time").tag("outcome", outcome)
                .tag("decided.by", decidedBy).timer();
        return timer == null ? 0 : timer.count();
    }

    private double refusals(String reason) {
        var counter = meters.find("healthinsurance.declarations.refused").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> declaration) {
        return (Map<String, Object>) declaration.get("child");
    }
}
