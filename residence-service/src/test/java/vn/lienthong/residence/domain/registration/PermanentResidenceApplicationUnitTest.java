package vn.lienthong.residence.domain.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.ResidenceSupplementRequested;
import vn.lienthong.platform.calendar.DueDate;
import vn.lienthong.platform.domain.DossierId;

class PermanentResidenceApplicationUnitTest {

    private static final DossierId DOSSIER = new DossierId(UUID.randomUUID());
    private static final Instant RECEIVED = Instant.parse("2025-11-24T02:00:00Z");
    private static final Instant LATER = Instant.parse("2025-11-25T03:00:00Z");
    private static final DueDate DUE = new DueDate(LocalDate.of(2025, 12, 3), false);
    private static final Residence RESIDENCE = new Residence("HK-001-0000001",
            "Số 18 ngõ 75, Phường Đức Giang, Hà Nội", "001", "Phường Đức Giang", LocalDate.of(2025, 11, 25));

    private final PermanentResidenceApplication pending = PermanentResidenceApplication.received(new ApplicationId(UUID.randomUUID()),
            DOSSIER, EligibilityChecksUnitTest.request(EligibilityChecksUnitTest.MOTHER, null), RECEIVED, DUE);

    @Test
    void aPendingApplicationWaitsWithItsDueDateAndRepliesNothing() {
        assertThat(pending.status()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(pending.dueDate()).isEqualTo(DUE);
        assertThat(pending.reply()).isEmpty();
    }

    @Test
    void anApprovedApplicationRepliesResidenceRegisteredWithTheHouseholdAndAddress() {
        var approved = pending.approved(LATER, Decider.officer("police.000.26.45.h26"), RESIDENCE);

        assertThat(approved.reply()).contains(new ResidenceRegistered(DOSSIER.value(), "HK-001-0000001",
                "Số 18 ngõ 75, Phường Đức Giang, Hà Nội", "001", "Phường Đức Giang", LocalDate.of(2025, 11, 25)));
        assertThat(approved.decidedAt()).isEqualTo(LATER);
        assertThat(approved.decidedBy()).isEqualTo(new Decider(DecidedBy.OFFICER, "police.000.26.45.h26"));
    }

    @Test
    void aRefusedApplicationRepliesWithItsReasonCode() {
        var refused = pending.refused(LATER, Decider.officer("police.000.26.45.h26"),
                new Refusal("REFUSED_BY_POLICE", "Forged papers."));

        assertThat(refused.reply()).contains(new ResidenceRefused(DOSSIER.value(), new Refusal("REFUSED_BY_POLICE", "Forged papers.")));
    }

    @Test
    void aSupplementRequestNamesTheMissingItemsAndTheApplicationResumesWithANewDueDate() {
        var waiting = pending.supplementRequested(LATER, Decider.officer("police.000.26.45.h26"),
                List.of("Birth certificate copy"), "Bring the original");
        assertThat(waiting.reply()).contains(new ResidenceSupplementRequested(DOSSIER.value(), List.of("Birth certificate copy"),
                "Bring the original"));
        assertThat(waiting.supplementRounds()).isEqualTo(1);
        assertThat(waiting.decidedBy().shownAs()).isEqualTo("police.000.26.45.h26");

        var newDue = new DueDate(LocalDate.of(2025, 12, 5), false);
        var resumed = waiting.resumed(newDue);
        assertThat(resumed.status()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(resumed.dueDate()).isEqualTo(newDue);
        assertThat(resumed.missingItems()).isEmpty();
    }

    @Test
    void onlyAnOfficerRequestsASupplement() {
        assertThatThrownBy(() -> pending.supplementRequested(LATER, Decider.POLICY, List.of("x"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUndecidedApplicationCanBeCancelledADecidedOneCannot() {
        assertThat(pending.cancelled(LATER).reply()).contains(new ResidenceApplicationCancelled(DOSSIER.value()));
        var approved = pending.approved(LATER, Decider.POLICY, RESIDENCE);

        assertThatThrownBy(() -> approved.cancelled(LATER)).isInstanceOf(IllegalStateException.class);
        assertThat(approved.cancellationRefusal().code()).isEqualTo("APPLICATION_ALREADY_DECIDED");
        assertThat(approved.cancellationRefusal().message()).contains("approved on 2025-11-25");
    }

    @Test
    void aSupplementRequestWithoutItemsRequestsItsReason() {
        assertThat(new Decision(Decision.Kind.REQUEST_SUPPLEMENT, " Giấy chứng nhận kết hôn ", List.of())).isEqualTo(
                new Decision(Decision.Kind.REQUEST_SUPPLEMENT, null, List.of("Giấy chứng nhận kết hôn")));
        assertThat(new Decision(Decision.Kind.REQUEST_SUPPLEMENT, "Bring the originals", List.of("Marriage certificate")))
                .extracting(Decision::reason, Decision::missingItems)
                .containsExactly("Bring the originals", List.of("Marriage certificate"));
        assertThat(new Decision(Decision.Kind.REQUEST_SUPPLEMENT, " ", List.of()).missingItems()).isEmpty();
    }

    @ParameterizedTest(name = "{1} on {0} → {2}")
    @CsvSource({
            "PENDING, APPROVE, Apply", "PENDING, REFUSE, Apply", "PENDING, REQUEST_SUPPLEMENT, Apply",
            "APPROVED, APPROVE, AlreadyTaken", "APPROVED, REFUSE, Conflict",
            "REFUSED, REFUSE, AlreadyTaken", "REFUSED, APPROVE, Conflict",
            "AWAITING_SUPPLEMENT, REQUEST_SUPPLEMENT, AlreadyTaken", "AWAITING_SUPPLEMENT, APPROVE, Conflict",
            "CANCELLED, APPROVE, Conflict", "CANCELLED, REFUSE, Conflict"})
    void aRepeatedDecisionChangesNothingAndADifferentOneConflicts(ApplicationStatus status, Decision.Kind kind,
                                                                   String verdict) {
        assertThat(new Decision(kind, "reason", List.of("item")).verdictOn(status).getClass().getSimpleName())
                .isEqualTo(verdict);
    }
}
