package vn.lienthong.healthinsurance.domain.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.healthinsurance.domain.declaration.ADeclaration.aDeclaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienthong.contracts.Refusal;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCancellationRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardCancelled;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceSupplementRequested;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.declaration.Declaration.Review;

class DeclarationUnitTest {

    static final Instant LATER = ADeclaration.RECEIVED.plusSeconds(3600);
    static final Refusal BY_OFFICE = new Refusal("refused-by-office", "The declared birth is not on record.");

    final Declaration pending = aDeclaration().received();
    final Card card = Card.issueToChild(pending.child().personalIdNumber(), pending.child().dateOfBirth(), "01101",
            pending.dossierId(), LATER);
    final Declaration issued = pending.issued(card.number(), DecidedBy.OFFICE, LATER);
    final Declaration refused = pending.refused(BY_OFFICE, DecidedBy.OFFICE, LATER);
    final Declaration awaiting = pending.supplementRequested(List.of("Giấy chứng sinh"), "Bản sao rõ nét", LATER);

    @Test
    void anOfficersDecisionNamesTheOfficerAndThePolicysNamesThePolicy() {
        Declaration approved = pending.issued(card.number(), DecidedBy.OFFICE, "bhxh.001", LATER);
        Declaration refusedByOfficer = pending.refused(BY_OFFICE, DecidedBy.OFFICE, "bhxh.001", LATER);

        assertThat(approved.decider()).isEqualTo("bhxh.001");
        assertThat(approved.decidedBy()).isEqualTo(DecidedBy.OFFICE);
        assertThat(refusedByOfficer.decidingOfficer()).isEqualTo("bhxh.001");
        assertThat(pending.issued(card.number(), DecidedBy.AUTO_ISSUE, LATER).decider()).isEqualTo(Declaration.POLICY);
        assertThat(pending.refused(BY_OFFICE, DecidedBy.RULES, LATER).decider()).isEqualTo(Declaration.POLICY);
        assertThat(pending.decider()).isNull();
        assertThatThrownBy(() -> pending.issued(card.number(), DecidedBy.RULES, "bhxh.001", LATER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPendingDeclarationIsOpenToEveryDecision() {
        assertThat(pending.review(Decision.approve())).isEqualTo(new Review.Proceed());
        assertThat(pending.review(Decision.refuse("x"))).isEqualTo(new Review.Proceed());
        assertThat(pending.review(Decision.requestSupplement(List.of("x"), null))).isEqualTo(new Review.Proceed());
    }

    @Test
    void theSameDecisionAgainChangesNothing() {
        assertThat(issued.review(Decision.approve())).isEqualTo(new Review.Unchanged());
        assertThat(refused.review(Decision.refuse("another reason"))).isEqualTo(new Review.Unchanged());
        assertThat(awaiting.review(Decision.requestSupplement(List.of("x"), null))).isEqualTo(new Review.Unchanged());
    }

    @Test
    void aDifferentDecisionOnADecidedDeclarationIsAConflict() {
        assertThat(issued.review(Decision.refuse("too late"))).isInstanceOfSatisfying(Review.Conflict.class,
                conflict -> assertThat(conflict.code()).isEqualTo("declaration-already-decided"));
        assertThat(refused.review(Decision.approve())).isInstanceOfSatisfying(Review.Conflict.class,
                conflict -> assertThat(conflict.code()).isEqualTo("declaration-already-decided"));
        assertThat(awaiting.review(Decision.approve())).isInstanceOfSatisfying(Review.Conflict.class,
                conflict -> assertThat(conflict.code()).isEqualTo("declaration-awaiting-supplement"));
        Declaration cancelled = pending.cancel("withdrawn", LATER, null).declaration();
        assertThat(cancelled.review(Decision.approve())).isInstanceOfSatisfying(Review.Conflict.class,
                conflict -> assertThat(conflict.code()).isEqualTo("declaration-cancelled"));
    }

    @Test
    void cancellingAnOpenDeclarationCancelsItAndSaysSo() {
        for (Declaration open : List.of(pending, awaiting)) {
            var outcome = open.cancel("withdrawn", LATER, null);

            assertThat(outcome.changed()).isTrue();
            assertThat(outcome.declaration().status()).isEqualTo(DeclarationStatus.CANCELLED);
            assertThat(outcome.declaration().cancellation()).isEqualTo(new Declaration.Cancellation("withdrawn", LATER));
            assertThat(outcome.reply()).isEqualTo(new HealthInsuranceCardCancelled(open.dossierId().value()));
        }
    }

    @Test
    void cancellingTwiceGivesTheSameReplyAndChangesNothingMore() {
        Declaration cancelled = pending.cancel("withdrawn", LATER, null).declaration();

        var again = cancelled.cancel("withdrawn", LATER.plusSeconds(60), null);

        assertThat(again.changed()).isFalse();
        assertThat(again.declaration()).isEqualTo(cancelled);
        assertThat(again.reply()).isEqualTo(new HealthInsuranceCardCancelled(pending.dossierId().value()));
    }

    @Test
    void anIssuedCardStaysWhenTheDossierIsWithdrawnAndTheReplySaysSo() {
        var outcome = issued.cancel("withdrawn", LATER, card);

        assertThat(outcome.changed()).isFalse();
        assertThat(outcome.declaration().status()).isEqualTo(DeclarationStatus.ISSUED);
        assertThat(outcome.reply()).isInstanceOfSatisfying(HealthInsuranceCancellationRefused.class,
                reply -> assertThat(reply.refusal().code()).isEqualTo("card-already-issued"));
    }

    @Test
    void aRefusalStandsWhenTheDossierIsWithdrawn() {
        assertThat(refused.cancel("withdrawn", LATER, null).reply())
                .isEqualTo(new HealthInsuranceCardRefused(pending.dossierId().value(), BY_OFFICE));
    }

    @Test
    void itsReplyFollowsFromItsStateSoAReplayIsAnsweredTheSameWay() {
        assertThat(pending.standingReply(null)).isEmpty();
        assertThat(issued.standingReply(card)).contains(new HealthInsuranceCardIssued(pending.dossierId().value(),
                "001325000123", "TE1", LocalDate.parse("2025-03-15"), LocalDate.parse("2031-09-30"), "01101"));
        assertThat(refused.standingReply(null)).contains(new HealthInsuranceCardRefused(pending.dossierId().value(), BY_OFFICE));
        assertThat(awaiting.standingReply(null)).contains(new HealthInsuranceSupplementRequested(pending.dossierId().value(),
                List.of("Giấy chứng sinh"), "Bản sao rõ nét"));
    }

    @Test
    void anIssuedDeclarationCannotReplyWithoutItsCard() {
        assertThatThrownBy(() -> issued.standingReply(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSupplementPutsItBackInTheQueueWithTheServiceLevelRunningFromItsArrival() {
        Declaration resumed = awaiting.supplemented(LocalDate.parse("2025-04-01"), false);

        assertThat(resumed.status()).isEqualTo(DeclarationStatus.PENDING);
        assertThat(resumed.dueDate()).isEqualTo("2025-04-01");
        assertThat(resumed.supplementRequest()).isEqualTo(awaiting.supplementRequest());
    }

    @Test
    void onlyAPendingDeclarationCanBeIssued() {
        assertThatThrownBy(() -> refused.issued(card.number(), DecidedBy.OFFICE, LATER)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> awaiting.issued(card.number(), DecidedBy.OFFICE, LATER)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void isOverdueOnlyWhileWaitingForTheOfficeAfterItsDueDate() {
        assertThat(pending.isOverdueOn(pending.dueDate())).isFalse();
        assertThat(pending.isOverdueOn(pending.dueDate().plusDays(1))).isTrue();
        assertThat(issued.isOverdueOn(pending.dueDate().plusDays(1))).isFalse();
    }

    @Test
    void aDecisionNeedsItsReasonOrItsMissingItems() {
        assertThatThrownBy(() -> Decision.refuse(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decision.requestSupplement(List.of(), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decision.requestSupplement(List.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSupplementRequestWithoutItemsRequestsItsReason() {
        assertThat(Decision.requestSupplement(List.of(), " Giấy chứng sinh ")).isEqualTo(
                new Decision(Decision.Kind.REQUEST_SUPPLEMENT, null, List.of("Giấy chứng sinh")));
        assertThat(Decision.requestSupplement(List.of("Giấy chứng sinh"), "Ảnh mờ").reason()).isEqualTo("Ảnh mờ");
    }
}
