package vn.lienthong.healthinsurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.lienthong.healthinsurance.AnIssueCommand.anIssueCommand;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.lienthong.contracts.healthinsurance.CancelHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardCancelled;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;

/** The service with the auto-issue policy on, as the local stack runs it. */
@TestPropertySource(properties = "lienthong.health-insurance.auto-issue=true")
class AutoIssueIT extends HealthInsuranceIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    @Test
    void issuesTheStraightforwardCaseAtOnceWithTheProvincesFirstRankedFacilityWhenTheCommuneIsUnknown() {
        double issuedBefore = meters.counter("healthinsurance.cards.issued", "decided.by", "auto-issue").count();
        // Residence not registered: the orchestrator sends the birth registration's province and no commune.
        IssueHealthInsuranceCard command = anIssueCommand().bornOn(LocalDate.parse("2025-03-15")).livingIn("056", null).build();

        send(command);

        assertThat(replies.awaitMessage(command.dossierId(), 1)).isEqualTo(new HealthInsuranceCardIssued(command.dossierId(),
                command.personalIdNumber(), "TE1", LocalDate.parse("2025-03-15"), LocalDate.parse("2031-09-30"), "56901"));
        assertThat(awaitDeclaration(command.dossierCode())).containsEntry("status", "ISSUED")
                .containsEntry("decidedBy", "POLICY").containsEntry("decisionBasis", "AUTO_ISSUE");
        assertThat(meters.counter("healthinsurance.cards.issued", "decided.by", "auto-issue").count())
                .isEqualTo(issuedBefore + 1);
    }

    @Test
    void issuesWithTheFamilysChosenFacility() {
        IssueHealthInsuranceCard command = anIssueCommand().livingIn("056", "Phường Nha Trang").choosing("56102").build();

        send(command);

        assertThat(replies.awaitMessage(command.dossierId(), 1)).isInstanceOfSatisfying(HealthInsuranceCardIssued.class,
                issued -> assertThat(issued.facilityCode()).isEqualTo("56102"));
    }

    @Test
    void aReplayUnderANewMessageIdRepeatsTheCardAndIssuesNoSecond() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        var first = replies.awaitMessage(command.dossierId(), 1);

        send(command);

        assertThat(replies.awaitMessage(command.dossierId(), 2)).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from cards where card_number = ?").param(command.personalIdNumber())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theOfficeApprovingAnAutoIssuedDeclarationChangesNothing() {
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(command);
        replies.awaitMessage(command.dossierId(), 1);

        var approved = decide(awaitDeclaration(command.dossierCode()).get("id"), "{\"decision\":\"APPROVE\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.map()).containsEntry("decidedBy", "POLICY").containsEntry("decisionBasis", "AUTO_ISSUE");
        replies.assertStaysAt(command.dossierId(), 1);
    }

    @Test
    void aCancellationThatArrivesBeforeItsDeclarationKeepsTheLateCommandFromIssuingACard() {
        // Auto-issue on: a late command that got through would issue the card at once.
        IssueHealthInsuranceCard command = anIssueCommand().build();
        send(new CancelHealthInsuranceCard(command.dossierId(), "Công dân rút hồ sơ"));
        assertThat(replies.awaitMessage(command.dossierId(), 1)).isEqualTo(new HealthInsuranceCardCancelled(command.dossierId()));
        double skippedBefore = skippedAsCancelled();

        send(command);

        // The platform remembers the withdrawal: the late step reaches no handler and gets no second answer.
        await().atMost(PATIENCE).until(() -> skippedAsCancelled() > skippedBefore
                || replies.messagesFor(command.dossierId()).size() > 1);
        replies.assertStaysAt(command.dossierId(), 1);
        assertThat(skippedAsCancelled()).isEqualTo(skippedBefore + 1);
        assertThat(jdbc.sql("select count(*) from declarations where dossier_id = ?").param(command.dossierId())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from cards where card_number = ?").param(command.personalIdNumber())
                .query(Long.class).single()).isZero();
    }

    private double skippedAsCancelled() {
        var counter = meters.find("participant.commands.skipped").tag("agency", "health-insurance")
                .tag("reason", "cancelled").counter();
        return counter == null ? 0 : counter.count();
    }
}
