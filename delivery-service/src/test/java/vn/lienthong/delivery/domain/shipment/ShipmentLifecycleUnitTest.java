package vn.lienthong.delivery.domain.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.lienthong.delivery.domain.shipment.ShipmentFixtures.POLICY;
import static vn.lienthong.delivery.domain.shipment.ShipmentFixtures.TRACKING_NUMBER;
import static vn.lienthong.delivery.domain.shipment.ShipmentFixtures.aCommand;
import static vn.lienthong.delivery.domain.shipment.ShipmentFixtures.aDeskParcel;
import static vn.lienthong.delivery.domain.shipment.ShipmentFixtures.aHomeVisit;
import static vn.lienthong.delivery.domain.shipment.ShipmentFixtures.aPostalShipment;
import static vn.lienthong.delivery.domain.shipment.ShipmentFixtures.at;
import static vn.lienthong.delivery.domain.shipment.ShipmentFixtures.changed;
import static vn.lienthong.delivery.domain.shipment.ShipmentFixtures.report;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.AWAITING_PICKUP;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.CREATED;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.DELIVERED;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.FAILED_ATTEMPT;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.HANDED_TO_CARRIER;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.OUT_FOR_DELIVERY;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.RETURNED;
import static vn.lienthong.delivery.domain.shipment.ShipmentStatus.VISIT_SCHEDULED;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lienthong.contracts.delivery.DeliveryFailed;
import vn.lienthong.contracts.delivery.DeliveryMethod;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.delivery.domain.postage.Postage;

class ShipmentLifecycleUnitTest {

    @Nested
    class Dispatch {

        @Test
        void aPostalShipmentStartsCreatedAndAnnouncesItsTrackingNumberMethodAndFee() {
            var command = aCommand(DeliveryMethod.POST);
            var waived = new Postage(new BigDecimal("16500"), BigDecimal.ZERO, "policy-beneficiaries-home-delivery");

            var dispatched = Shipment.dispatch(ShipmentFixtures.aShipmentId(), command, TRACKING_NUMBER, waived, null,
                    ShipmentFixtures.DISPATCHED_AT);

            assertThat(dispatched.shipment().status()).isEqualTo(CREATED);
            assertThat(dispatched.shipment().documents()).hasSize(2);
            assertThat(dispatched.event()).isEqualTo(new ResultsDispatched(command.dossierId(),
                    TRACKING_NUMBER.value(), DeliveryMethod.POST, BigDecimal.ZERO, "policy-beneficiaries-home-delivery"));
            assertThat(dispatched.shipment().dispatched()).isEqualTo(dispatched.event());
        }

        @Test
        void aHomeVisitIsScheduledAndADeskParcelAwaitsPickup() {
            assertThat(aHomeVisit().status()).isEqualTo(VISIT_SCHEDULED);
            assertThat(aHomeVisit().visitDate()).isEqualTo(LocalDate.of(2025, 5, 7));
            assertThat(aHomeVisit().awaitsUnit()).isTrue();
            assertThat(aDeskParcel().status()).isEqualTo(AWAITING_PICKUP);
            assertThat(aDeskParcel().dispatched().trackingNumber()).isNull();
        }

        @Test
        void storesTheRecipientInNfcWhateverFormItCameIn() {
            var command = aCommand(DeliveryMethod.DESK);
            var nfd = new DispatchResults(command.dossierId(), command.dossierCode(), command.unitCode(),
                    command.provinceCode(), command.documents(), command.method(),
                    Normalizer.normalize("Nguyễn Thị An", Normalizer.Form.NFD), null, null, null, null, null, null);

            var shipment = Shipment.dispatch(ShipmentFixtures.aShipmentId(), nfd, null, ShipmentFixtures.CHARGED, null,
                    ShipmentFixtures.DISPATCHED_AT).shipment();

            assertThat(shipment.recipient().name()).isEqualTo(Normalizer.normalize("Nguyễn Thị An", Normalizer.Form.NFC));
        }

        @Test
        void storesTheRecipientsNameAndAddressInNfcWithTheirSpacingTidied() {
            var recipient = new Recipient(Normalizer.normalize(" Nguyễn  Thị An", Normalizer.Form.NFD),
                    Normalizer.normalize("Số 5  ngõ 12, Hà Nội", Normalizer.Form.NFD), " 0912345678 ");

            assertThat(recipient.name()).isEqualTo(Normalizer.normalize("Nguyễn Thị An", Normalizer.Form.NFC));
            assertThat(recipient.address()).isEqualTo(Normalizer.normalize("Số 5 ngõ 12, Hà Nội", Normalizer.Form.NFC));
            assertThat(recipient.phone()).isEqualTo("0912345678");
        }

        @Test
        void refusesADestinationProvinceThatIsNotAProvinceCode() {
            var ok = aCommand(DeliveryMethod.POST);
            assertThatThrownBy(() -> Shipment.check(new DispatchResults(ok.dossierId(), null, ok.unitCode(),
                    ok.provinceCode(), ok.documents(), DeliveryMethod.POST, "An", "addr", null, null, "Khánh Hòa",
                    null, null)))
                    .isInstanceOf(InvalidDispatch.class).hasMessageContaining("destinationProvinceCode")
                    .hasMessageNotContaining("Khánh Hòa");
        }

        @Test
        void refusesACommandWithoutMethodDocumentsRecipientOrHomeAddress() {
            var ok = aCommand(DeliveryMethod.POST);
            assertThatThrownBy(() -> Shipment.check(new DispatchResults(ok.dossierId(), null, ok.unitCode(),
                    ok.provinceCode(), ok.documents(), null, "An", "addr", null, null, null, null, null)))
                    .isInstanceOf(InvalidDispatch.class).hasMessageContaining("method");
            assertThatThrownBy(() -> Shipment.check(new DispatchResults(ok.dossierId(), null, ok.unitCode(),
                    ok.provinceCode(), java.util.List.of(), DeliveryMethod.DESK, "An", null, null, null, null, null, null)))
                    .isInstanceOf(InvalidDispatch.class).hasMessageContaining("documents");
            assertThatThrownBy(() -> Shipment.check(new DispatchResults(ok.dossierId(), null, ok.unitCode(),
                    ok.provinceCode(), ok.documents(), DeliveryMethod.DESK, " ", null, null, null, null, null, null)))
                    .isInstanceOf(InvalidDispatch.class).hasMessageContaining("recipientName");
            assertThatThrownBy(() -> Shipment.check(new DispatchResults(ok.dossierId(), null, ok.unitCode(),
                    ok.provinceCode(), ok.documents(), DeliveryMethod.COMMUNE_STAFF, "An", "", null, null, null, null, null)))
                    .isInstanceOf(InvalidDispatch.class).hasMessageContaining("address")
                    .hasMessageNotContaining("An");
        }
    }

    @Nested
    class ByPost {

        @Test
        void carrierReportsTakeTheParcelFromCreatedToDelivered() {
            var shipment = changed(aPostalShipment().report(report(HANDED_TO_CARRIER, 10), POLICY));
            shipment = changed(shipment.report(report(OUT_FOR_DELIVERY, 20), POLICY));
            var outcome = shipment.report(report(DELIVERED, 30), POLICY);

            var delivered = changed(outcome);
            assertThat(delivered.status()).isEqualTo(DELIVERED);
            assertThat(delivered.deliveredAt()).isEqualTo(at(30));
            assertThat(((Outcome.Changed) outcome).events()).containsExactly(
                    new ResultsDelivered(delivered.dossierId().value(), TRACKING_NUMBER.value(), at(30)));
        }

        @Test
        void acceptsAReportThatSkipsStatesTheCarrierDidNotScan() {
            assertThat(changed(aPostalShipment().report(report(DELIVERED, 30), POLICY)).status()).isEqualTo(DELIVERED);
        }

        @Test
        void intermediateStepsPublishNothing() {
            var outcome = aPostalShipment().report(report(HANDED_TO_CARRIER, 10), POLICY);
            assertThat(((Outcome.Changed) outcome).events()).isEmpty();
        }

        @Test
        void aLateReportIsRecordedButNeverMovesTheShipmentBackwards() {
            var outForDelivery = changed(aPostalShipment().report(report(OUT_FOR_DELIVERY, 20), POLICY));

            assertThat(outForDelivery.report(report(HANDED_TO_CARRIER, 10), POLICY))
                    .isEqualTo(new Outcome.Unchanged(Effect.LATE));
        }

        @Test
        void aLateReportAfterDeliveryIsRecordedButChangesNothing() {
            var delivered = changed(aPostalShipment().report(report(DELIVERED, 30), POLICY));

            assertThat(delivered.report(report(OUT_FOR_DELIVERY, 20), POLICY)).isEqualTo(new Outcome.Unchanged(Effect.LATE));
            assertThat(delivered.report(report(HANDED_TO_CARRIER, 10), POLICY)).isEqualTo(new Outcome.Unchanged(Effect.LATE));
        }

        @Test
        void aReportOfTheStatusTheShipmentAlreadyHasChangesNothing() {
            var outForDelivery = changed(aPostalShipment().report(report(OUT_FOR_DELIVERY, 20), POLICY));
            var delivered = changed(outForDelivery.report(report(DELIVERED, 30), POLICY));

            assertThat(outForDelivery.report(report(OUT_FOR_DELIVERY, 25), POLICY))
                    .isEqualTo(new Outcome.Unchanged(Effect.NO_CHANGE));
            assertThat(delivered.report(report(DELIVERED, 40), POLICY)).isEqualTo(new Outcome.Unchanged(Effect.NO_CHANGE));
        }

        @Test
        void refusesANewerReportThatWouldMoveTheShipmentBackwards() {
            var outForDelivery = changed(aPostalShipment().report(report(OUT_FOR_DELIVERY, 20), POLICY));

            assertThat(outForDelivery.report(report(HANDED_TO_CARRIER, 25), POLICY))
                    .isInstanceOfSatisfying(Outcome.Refused.class,
                            refused -> assertThat(refused.code()).isEqualTo("status-goes-backwards"));
        }

        @ParameterizedTest
        @EnumSource(value = ShipmentStatus.class, names = {"HANDED_TO_CARRIER", "OUT_FOR_DELIVERY", "FAILED_ATTEMPT", "RETURNED"})
        void refusesAnythingNewAfterDeliveryThatContradictsIt(ShipmentStatus status) {
            var delivered = changed(aPostalShipment().report(report(DELIVERED, 30), POLICY));

            assertThat(delivered.report(report(status, 40), POLICY)).isInstanceOfSatisfying(Outcome.Refused.class,
                    refused -> assertThat(refused.code()).isEqualTo("contradicts-final-status"));
        }

        @Test
        void aFailedAttemptCountsAndTheNextOutForDeliveryIsTheNextAttempt() {
            var out = changed(aPostalShipment().report(report(OUT_FOR_DELIVERY, 20), POLICY));
            var failed = changed(out.report(report(FAILED_ATTEMPT, 30), POLICY));
            var outAgain = changed(failed.report(report(OUT_FOR_DELIVERY, 40), POLICY));

            assertThat(failed.status()).isEqualTo(FAILED_ATTEMPT);
            assertThat(failed.attempts()).isEqualTo(1);
            assertThat(outAgain.status()).isEqualTo(OUT_FOR_DELIVERY);
            assertThat(outAgain.attempts()).isEqualTo(1);
            assertThat(changed(outAgain.report(report(DELIVERED, 50), POLICY)).attempts()).isEqualTo(1);
        }

        @Test
        void theLastFailedAttemptReturnsTheParcelToTheDeskAndAnnouncesTheFailure() {
            var shipment = aPostalShipment();
            Outcome last = null;
            for (int attempt = 1; attempt <= 3; attempt++) {
                shipment = changed(shipment.report(report(OUT_FOR_DELIVERY, attempt * 20), POLICY));
                last = shipment.report(report(FAILED_ATTEMPT, attempt * 20 + 10), POLICY);
                shipment = changed(last);
            }

            assertThat(shipment.status()).isEqualTo(RETURNED);
            assertThat(shipment.attempts()).isEqualTo(3);
            assertThat(shipment.returnedAt()).isEqualTo(at(70));
            assertThat(shipment.awaitsUnit()).isTrue();
            assertThat(((Outcome.Changed) last).events()).singleElement().isInstanceOfSatisfying(DeliveryFailed.class,
                    failed -> {
                        assertThat(failed.attempts()).isEqualTo(3);
                        assertThat(failed.trackingNumber()).isEqualTo(TRACKING_NUMBER.value());
                        assertThat(failed.reason()).contains("3 delivery attempt(s) failed");
                    });
        }

        @Test
        void aFailedAttemptReportedLateStillCountsButLeavesTheStatus() {
            var outAgain = changed(aPostalShipment().report(report(OUT_FOR_DELIVERY, 40), POLICY));

            var outcome = outAgain.report(report(FAILED_ATTEMPT, 30), POLICY);

            assertThat(outcome).isInstanceOfSatisfying(Outcome.Changed.class, c -> {
                assertThat(c.effect()).isEqualTo(Effect.LATE);
                assertThat(c.shipment().status()).isEqualTo(OUT_FOR_DELIVERY);
                assertThat(c.shipment().attempts()).isEqualTo(1);
                assertThat(c.events()).isEmpty();
            });
        }

        @Test
        void theCarrierMayReturnAParcelAtOnce() {
            var outcome = aPostalShipment().report(report(RETURNED, 30), POLICY);

            assertThat(changed(outcome).status()).isEqualTo(RETURNED);
            assertThat(((Outcome.Changed) outcome).events()).singleElement().isInstanceOf(DeliveryFailed.class);
        }

        @Test
        void refusesADeliveryReportAfterTheParcelCameBack() {
            var returned = changed(aPostalShipment().report(report(RETURNED, 30), POLICY));

            assertThat(returned.report(report(DELIVERED, 40), POLICY)).isInstanceOf(Outcome.Refused.class);
            assertThat(returned.report(report(DELIVERED, 20), POLICY)).isEqualTo(new Outcome.Unchanged(Effect.LATE));
        }

        @Test
        void aReturnedParcelPickedUpAtTheDeskIsDelivered() {
            var returned = changed(aPostalShipment().report(report(RETURNED, 30), POLICY));

            var outcome = returned.pickUp(new Receipt("Nguyễn Văn Bình", at(60)));

            var delivered = changed(outcome);
            assertThat(delivered.status()).isEqualTo(DELIVERED);
            assertThat(delivered.receivedBy()).isEqualTo("Nguyễn Văn Bình");
            assertThat(delivered.returnedAt()).isEqualTo(at(30));
            assertThat(((Outcome.Changed) outcome).events()).containsExactly(
                    new ResultsDelivered(delivered.dossierId().value(), TRACKING_NUMBER.value(), at(60)));
        }

        @Test
        void refusesAPickupOfAParcelStillWithTheCarrier() {
            var out = changed(aPostalShipment().report(report(OUT_FOR_DELIVERY, 20), POLICY));

            assertThat(out.pickUp(new Receipt("An", at(30)))).isInstanceOfSatisfying(Outcome.Refused.class,
                    refused -> assertThat(refused.code()).isEqualTo("not-at-desk"));
        }

        @Test
        void refusesCarrierReportsForParcelsThatDoNotGoByPost() {
            assertThat(aHomeVisit().report(report(DELIVERED, 10), POLICY)).isInstanceOf(Outcome.Refused.class);
            assertThat(aDeskParcel().report(report(DELIVERED, 10), POLICY)).isInstanceOf(Outcome.Refused.class);
        }
    }

    @Nested
    class ByCommuneStaff {

        @Test
        void theOfficerRecordsWhoReceivedTheParcelAndWhen() {
            var outcome = aHomeVisit().deliverOnVisit(new Receipt("Nguyễn Thị An", at(600)));

            var delivered = changed(outcome);
            assertThat(delivered.status()).isEqualTo(DELIVERED);
            assertThat(delivered.receivedBy()).isEqualTo("Nguyễn Thị An");
            assertThat(delivered.deliveredAt()).isEqualTo(at(600));
            assertThat(((Outcome.Changed) outcome).events()).containsExactly(
                    new ResultsDelivered(delivered.dossierId().value(), null, at(600)));
        }

        @Test
        void recordingTheSameRecipientAgainChangesNothingButAnotherIsRefused() {
            var delivered = changed(aHomeVisit().deliverOnVisit(new Receipt("Nguyễn Thị An", at(600))));

            assertThat(delivered.deliverOnVisit(new Receipt(Normalizer.normalize("NGUYỄN THỊ AN", Normalizer.Form.NFD),
                    at(700)))).isEqualTo(new Outcome.Unchanged(Effect.NO_CHANGE));
            assertThat(delivered.deliverOnVisit(new Receipt("Trần Văn Cường", at(700))))
                    .isInstanceOfSatisfying(Outcome.Refused.class,
                            refused -> assertThat(refused.code()).isEqualTo("already-delivered"));
        }

        @Test
        void theSameRecipientIsRecognisedWhateverTheCaseNormalisationFormOrSpacingOfTheName() {
            var delivered = changed(aHomeVisit().deliverOnVisit(new Receipt("Nguyễn Thị An", at(600))));
            String sameName = Normalizer.normalize("NGUYỄN  THỊ   AN ", Normalizer.Form.NFD);

            assertThat(delivered.deliverOnVisit(new Receipt(sameName, at(700))))
                    .isEqualTo(new Outcome.Unchanged(Effect.NO_CHANGE));
            assertThat(new Receipt(Normalizer.normalize("Nguyễn  Thị An", Normalizer.Form.NFD), at(700)).receivedBy())
                    .isEqualTo(Normalizer.normalize("Nguyễn Thị An", Normalizer.Form.NFC));
        }

        @Test
        void aFailedVisitPlansTheNextOneAndTheLastSendsTheParcelToTheDesk() {
            var today = LocalDate.of(2025, 5, 7);
            var first = changed(aHomeVisit().failVisit(at(600), today, POLICY));
            var second = changed(first.failVisit(at(2000), LocalDate.of(2025, 5, 8), POLICY));
            var outcome = second.failVisit(at(3000), LocalDate.of(2025, 5, 9), POLICY);

            assertThat(first.status()).isEqualTo(VISIT_SCHEDULED);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.visitDate()).isEqualTo(LocalDate.of(2025, 5, 8));
            assertThat(second.visitDate()).isEqualTo(LocalDate.of(2025, 5, 9));
            assertThat(changed(outcome).status()).isEqualTo(RETURNED);
            assertThat(((Outcome.Changed) outcome).events()).singleElement().isInstanceOfSatisfying(
                    DeliveryFailed.class, failed -> assertThat(failed.attempts()).isEqualTo(3));
        }

        @Test
        void aParcelBackAtTheDeskIsPickedUpThereNotDeliveredOnAVisit() {
            var policy = new DeliveryPolicy(1, 1, ShipmentFixtures::isWeekday);
            var returned = changed(aHomeVisit().failVisit(at(600), LocalDate.of(2025, 5, 7), policy));

            assertThat(returned.deliverOnVisit(new Receipt("An", at(700)))).isInstanceOf(Outcome.Refused.class);
            assertThat(changed(returned.pickUp(new Receipt("An", at(700)))).status()).isEqualTo(DELIVERED);
        }

        @Test
        void onlyAHomeVisitIsDeliveredOnAVisit() {
            assertThat(aDeskParcel().deliverOnVisit(new Receipt("An", at(10)))).isInstanceOfSatisfying(
                    Outcome.Refused.class, refused -> assertThat(refused.code()).isEqualTo("not-a-home-visit"));
            assertThat(aDeskParcel().failVisit(at(10), LocalDate.of(2025, 5, 7), POLICY)).isInstanceOf(Outcome.Refused.class);
        }
    }

    @Nested
    class AtTheDesk {

        @Test
        void theOfficerRecordsThePickup() {
            var outcome = aDeskParcel().pickUp(new Receipt("Nguyễn Thị An", at(60)));

            assertThat(changed(outcome).status()).isEqualTo(DELIVERED);
            assertThat(((Outcome.Changed) outcome).events()).singleElement().isInstanceOf(ResultsDelivered.class);
        }

        @Test
        void aPickupRecordedTwiceForTheSamePersonCountsOnce() {
            var pickedUp = changed(aDeskParcel().pickUp(new Receipt("Nguyễn Thị An", at(60))));

            assertThat(pickedUp.pickUp(new Receipt("nguyễn thị an", at(61)))).isEqualTo(new Outcome.Unchanged(Effect.NO_CHANGE));
            assertThat(pickedUp.pickUp(new Receipt("Lê Văn Dũng", at(61)))).isInstanceOf(Outcome.Refused.class);
        }
    }
}
