package vn.lienthong.orchestrator.domain.birth;

import static vn.lienthong.orchestrator.domain.Procedure.BIRTH_REGISTRATION;
import static vn.lienthong.orchestrator.domain.Procedure.HEALTH_INSURANCE_CARD;
import static vn.lienthong.orchestrator.domain.Procedure.PERMANENT_RESIDENCE;
import static vn.lienthong.orchestrator.domain.Procedure.RESULTS_DELIVERY;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.Agency;
import vn.lienthong.contracts.Message;
import vn.lienthong.contracts.Parent;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancellationRefused;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.contracts.civilregistry.BirthRegistrationRefused;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.contracts.civilregistry.CivilRegistryEvent;
import vn.lienthong.contracts.civilregistry.RegisterBirth;
import vn.lienthong.contracts.delivery.DeliveryEvent;
import vn.lienthong.contracts.delivery.DeliveryFailed;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultDocument;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.contracts.healthinsurance.CancelHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCancellationRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardCancelled;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceEvent;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceSupplementRequested;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.SupplementHealthInsuranceDeclaration;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceCancellationRefused;
import vn.lienthong.contracts.residence.ResidenceEvent;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.ResidenceSupplementRequested;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;
import vn.lienthong.orchestrator.domain.Application;
import vn.lienthong.orchestrator.domain.LinkedGroup;
import vn.lienthong.orchestrator.domain.LinkedGroup.StepDefinition;
import vn.lienthong.orchestrator.domain.Reply;
import vn.lienthong.orchestrator.domain.Results;
import vn.lienthong.orchestrator.domain.Saga;

/**
 * The first linked group of Decree 63/2024: birth registration → permanent residence → BHYT card for a child
 * under 6 → all results returned together. A refused birth refuses the dossier; the other steps may fail alone.
 */
public final class BirthGroup {

    public static final String NAME = "BIRTH";

    private BirthGroup() {
    }

    public static LinkedGroup table() {
        return new LinkedGroup(NAME, List.of(
                new StepDefinition(BIRTH_REGISTRATION, true, Agency.CIVIL_REGISTRY,
                        BirthGroup::registerBirth,
                        (saga, reason) -> new CancelBirthRegistration(saga.dossierId().value(), reason),
                        null),
                new StepDefinition(PERMANENT_RESIDENCE, false, Agency.RESIDENCE,
                        BirthGroup::registerResidence,
                        (saga, reason) -> new CancelResidenceApplication(saga.dossierId().value(), reason),
                        (saga, note, documents) -> new SupplementResidenceApplication(saga.dossierId().value(), note,
                                documents)),
                new StepDefinition(HEALTH_INSURANCE_CARD, false, Agency.HEALTH_INSURANCE,
                        BirthGroup::issueCard,
                        (saga, reason) -> new CancelHealthInsuranceCard(saga.dossierId().value(), reason),
                        (saga, note, documents) -> new SupplementHealthInsuranceDeclaration(
                                saga.dossierId().value(), note, documents)),
                new StepDefinition(RESULTS_DELIVERY, true, Agency.DELIVERY,
                        BirthGroup::dispatchResults, null, null)),
                BirthGroup::reply);
    }

    /** The one place that reads this group's agency events; each switch is exhaustive over its family. */
    static Optional<Reply> reply(Message message) {
        return Optional.ofNullable(switch (message) {
            case CivilRegistryEvent event -> switch (event) {
                case BirthRegistered e -> new Reply.Completed(BIRTH_REGISTRATION, results -> results.withBirth(
                        new Results.Birth(e.registrationId().toString(), e.personalIdNumber(), e.certificateNumber(),
                                e.registrationDate(), e.late(), e.fee(), e.provinceCode())));
                case BirthRegistrationRefused e -> new Reply.Refused(BIRTH_REGISTRATION, e.refusal());
                case BirthRegistrationCancelled e -> new Reply.Cancelled(BIRTH_REGISTRATION);
                case BirthRegistrationCancellationRefused e ->
                        new Reply.CancellationRefused(BIRTH_REGISTRATION, e.refusal());
            };
            case ResidenceEvent event -> switch (event) {
                case ResidenceRegistered e -> new Reply.Completed(PERMANENT_RESIDENCE, results -> results.withResidence(
                        new Results.Residence(e.householdNumber(), e.addressSummary(), e.provinceCode(),
                                e.commune(), e.registeredOn())));
                case ResidenceRefused e -> new Reply.Refused(PERMANENT_RESIDENCE, e.refusal());
                case ResidenceSupplementRequested e ->
                        new Reply.SupplementRequested(PERMANENT_RESIDENCE, e.missingItems(), e.note());
                case ResidenceApplicationCancelled e -> new Reply.Cancelled(PERMANENT_RESIDENCE);
                case ResidenceCancellationRefused e -> new Reply.CancellationRefused(PERMANENT_RESIDENCE, e.refusal());
            };
            case HealthInsuranceEvent event -> switch (event) {
                case HealthInsuranceCardIssued e -> new Reply.Completed(HEALTH_INSURANCE_CARD, results -> results.withCard(
                        new Results.Card(e.cardNumber(), e.benefitCode(), e.validFrom(), e.validTo(),
                                e.facilityCode())));
                case HealthInsuranceCardRefused e -> new Reply.Refused(HEALTH_INSURANCE_CARD, e.refusal());
                case HealthInsuranceSupplementRequested e ->
                        new Reply.SupplementRequested(HEALTH_INSURANCE_CARD, e.missingItems(), e.note());
                case HealthInsuranceCardCancelled e -> new Reply.Cancelled(HEALTH_INSURANCE_CARD);
                case HealthInsuranceCancellationRefused e ->
                        new Reply.CancellationRefused(HEALTH_INSURANCE_CARD, e.refusal());
            };
            case DeliveryEvent event -> switch (event) {
                case ResultsDispatched e -> new Reply.Dispatched(new Results.Shipment(e.trackingNumber(), e.method(),
                        e.fee(), e.feeWaivedBy(), "DISPATCHED", null, null));
                case ResultsDelivered e -> new Reply.Delivered(e.trackingNumber(), e.deliveredAt());
                case DeliveryFailed e -> new Reply.DeliveryFailed(e.attempts(), e.reason());
            };
            default -> null;
        });
    }

    private static RegisterBirth registerBirth(Saga saga) {
        Application a = saga.application();
        return new RegisterBirth(saga.dossierId().value(), saga.dossierCode().value(), a.unitCode(), a.child(),
                a.mother(), a.father(), a.declarant(), saga.receivedAt());
    }

    private static RegisterResidence registerResidence(Saga saga) {
        Application a = saga.application();
        Application.ResidenceRequest residence = Objects.requireNonNull(a.residence(), "residence request");
        return new RegisterResidence(saga.dossierId().value(), saga.dossierCode().value(), a.unitCode(),
                birth(saga).personalIdNumber(), residence.householdNumber(), residence.relationshipToHead(),
                a.mother().personalIdNumber(), personalIdOf(a.father()));
    }

    /** Where residence was refused or not asked for, the card uses the province of the birth registration. */
    private static IssueHealthInsuranceCard issueCard(Saga saga) {
        Application a = saga.application();
        Results.Birth birth = birth(saga);
        Results.Residence residence = saga.results().residence();
        return new IssueHealthInsuranceCard(saga.dossierId().value(), saga.dossierCode().value(), a.unitCode(),
                birth.personalIdNumber(), a.child().fullName(), a.child().sex(), a.child().dateOfBirth(),
                residence != null ? residence.provinceCode() : birth.provinceCode(),
                residence != null ? residence.commune() : null,
                a.primaryCareFacilityCode(), birth.registeredOn());
    }

    /** All results of the dossier in one parcel. */
    private static DispatchResults dispatchResults(Saga saga) {
        Application a = saga.application();
        Results results = saga.results();
        List<ResultDocument> documents = new ArrayList<>();
        if (results.birth() != null) {
            documents.add(new ResultDocument("BIRTH_CERTIFICATE_EXTRACT", results.birth().certificateNumber()));
        }
        if (results.residence() != null) {
            documents.add(new ResultDocument("PERMANENT_RESIDENCE_CONFIRMATION", results.residence().householdNumber()));
        }
        if (results.card() != null) {
            documents.add(new ResultDocument("HEALTH_INSURANCE_CARD", results.card().number()));
        }
        Application.DeliveryRequest delivery = a.delivery();
        return new DispatchResults(saga.dossierId().value(), saga.dossierCode().value(), a.unitCode(),
                a.unitProvinceCode(), documents, delivery.method(), delivery.recipientName(), delivery.address(),
                delivery.phone(), delivery.beneficiary(), destinationProvince(a, results.residence()),
                delivery.commune(), delivery.street());
    }

    /**
     * The province the results go to, which picks the postage zone (rule 9): the one the desk gave with the address;
     * else the household's, as registered or as the desk's check found it; else the receiving unit's.
     */
    public static String destinationProvince(Application a, Results.@Nullable Residence registered) {
        if (a.delivery().provinceCode() != null) {
            return a.delivery().provinceCode();
        }
        if (registered != null) {
            return registered.provinceCode();
        }
        if (a.residence() != null && a.residence().provinceCode() != null) {
            return a.residence().provinceCode();
        }
        return a.unitProvinceCode();
    }

    private static Results.Birth birth(Saga saga) {
        return Objects.requireNonNull(saga.results().birth(), "a later step runs only after the birth is registered");
    }

    private static @Nullable String personalIdOf(@Nullable Parent parent) {
        return parent == null ? null : parent.personalIdNumber();
    }
}
