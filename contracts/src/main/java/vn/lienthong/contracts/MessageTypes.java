package vn.lienthong.contracts;

import java.util.List;
import vn.lienthong.contracts.civilregistry.BirthRegistered;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancellationRefused;
import vn.lienthong.contracts.civilregistry.BirthRegistrationCancelled;
import vn.lienthong.contracts.civilregistry.BirthRegistrationRefused;
import vn.lienthong.contracts.civilregistry.CancelBirthRegistration;
import vn.lienthong.contracts.civilregistry.RegisterBirth;
import vn.lienthong.contracts.delivery.DeliveryFailed;
import vn.lienthong.contracts.delivery.DispatchResults;
import vn.lienthong.contracts.delivery.ResultsDelivered;
import vn.lienthong.contracts.delivery.ResultsDispatched;
import vn.lienthong.contracts.dossier.DossierDelayApologised;
import vn.lienthong.contracts.dossier.DossierReceived;
import vn.lienthong.contracts.dossier.DossierStatusChanged;
import vn.lienthong.contracts.healthinsurance.CancelHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCancellationRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardCancelled;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardIssued;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceCardRefused;
import vn.lienthong.contracts.healthinsurance.HealthInsuranceSupplementRequested;
import vn.lienthong.contracts.healthinsurance.IssueHealthInsuranceCard;
import vn.lienthong.contracts.healthinsurance.SupplementHealthInsuranceDeclaration;
import vn.lienthong.contracts.probe.Probe;
import vn.lienthong.contracts.probe.ProbeAnswered;
import vn.lienthong.contracts.residence.CancelResidenceApplication;
import vn.lienthong.contracts.residence.RegisterResidence;
import vn.lienthong.contracts.residence.ResidenceApplicationCancelled;
import vn.lienthong.contracts.residence.ResidenceCancellationRefused;
import vn.lienthong.contracts.residence.ResidenceRefused;
import vn.lienthong.contracts.residence.ResidenceRegistered;
import vn.lienthong.contracts.residence.ResidenceSupplementRequested;
import vn.lienthong.contracts.residence.SupplementResidenceApplication;

/**
 * The wire name of every message type ({@code ce_type} and the payload's {@code type}). Names are
 * written out rather than taken from class names, so renaming a record never changes the wire.
 * Names are never reused: a breaking change gets a new name.
 */
public final class MessageTypes {

    /** One wire name and the record it reads into. */
    public record MessageType(String name, Class<? extends Message> javaType) {
    }

    public static final List<MessageType> ALL = List.of(
            new MessageType("RegisterBirth", RegisterBirth.class),
            new MessageType("CancelBirthRegistration", CancelBirthRegistration.class),
            new MessageType("BirthRegistered", BirthRegistered.class),
            new MessageType("BirthRegistrationRefused", BirthRegistrationRefused.class),
            new MessageType("BirthRegistrationCancelled", BirthRegistrationCancelled.class),
            new MessageType("BirthRegistrationCancellationRefused", BirthRegistrationCancellationRefused.class),

            new MessageType("RegisterResidence", RegisterResidence.class),
            new MessageType("SupplementResidenceApplication", SupplementResidenceApplication.class),
            new MessageType("CancelResidenceApplication", CancelResidenceApplication.class),
            new MessageType("ResidenceRegistered", ResidenceRegistered.class),
            new MessageType("ResidenceRefused", ResidenceRefused.class),
            new MessageType("ResidenceSupplementRequested", ResidenceSupplementRequested.class),
            new MessageType("ResidenceApplicationCancelled", ResidenceApplicationCancelled.class),
            new MessageType("ResidenceCancellationRefused", ResidenceCancellationRefused.class),

            new MessageType("IssueHealthInsuranceCard", IssueHealthInsuranceCard.class),
            new MessageType("SupplementHealthInsuranceDeclaration", SupplementHealthInsuranceDeclaration.class),
            new MessageType("CancelHealthInsuranceCard", CancelHealthInsuranceCard.class),
            new MessageType("HealthInsuranceCardIssued", HealthInsuranceCardIssued.class),
            new MessageType("HealthInsuranceCardRefused", HealthInsuranceCardRefused.class),
            new MessageType("HealthInsuranceSupplementRequested", HealthInsuranceSupplementRequested.class),
            new MessageType("HealthInsuranceCardCancelled", HealthInsuranceCardCancelled.class),
            new MessageType("HealthInsuranceCancellationRefused", HealthInsuranceCancellationRefused.class),

            new MessageType("DispatchResults", DispatchResults.class),
            new MessageType("ResultsDispatched", ResultsDispatched.class),
            new MessageType("ResultsDelivered", ResultsDelivered.class),
            new MessageType("DeliveryFailed", DeliveryFailed.class),

            new MessageType("DossierReceived", DossierReceived.class),
            new MessageType("DossierStatusChanged", DossierStatusChanged.class),
            new MessageType("DossierDelayApologised", DossierDelayApologised.class),

            new MessageType("Probe", Probe.class),
            new MessageType("ProbeAnswered", ProbeAnswered.class));

    private MessageTypes() {
    }
}
