package vn.lienthong.civilregistry.domain;

import java.util.List;
import vn.lienthong.contracts.Refusal;

/**
 * Every reason the registry refuses, as a stable code for machines and a sentence for people. The sentences
 * never repeat personal data (names, ID numbers, dates of birth): they travel on Kafka and into logs.
 */
public final class Refusals {

    public static final String INCOMPLETE_DECLARATION = "INCOMPLETE_DECLARATION";
    public static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
    public static final String BIRTH_DATE_IN_FUTURE = "BIRTH_DATE_IN_FUTURE";
    public static final String CHILD_OVER_SIX = "CHILD_OVER_SIX";
    public static final String DUPLICATE_BIRTH = "DUPLICATE_BIRTH";
    public static final String DUPLICATE_BIRTH_IN_PROGRESS = "DUPLICATE_BIRTH_IN_PROGRESS";
    public static final String POPULATION_REGISTRY_REFUSED = "POPULATION_REGISTRY_REFUSED";
    public static final String REGISTRATION_IS_LEGAL_RECORD = "REGISTRATION_IS_LEGAL_RECORD";

    private Refusals() {
    }

    public static Refusal incomplete(List<String> fields) {
        return new Refusal(INCOMPLETE_DECLARATION, "The declaration lacks or has malformed: " + String.join(", ", fields) + ".");
    }

    public static Refusal unknownUnit(String unitCode) {
        return new Refusal(UNKNOWN_UNIT, "Unit " + unitCode + " is not a registering unit known to the civil registry.");
    }

    public static Refusal birthDateInFuture() {
        return new Refusal(BIRTH_DATE_IN_FUTURE, "The date of birth is after the date the declaration was received.");
    }

    public static Refusal childOverSix() {
        return new Refusal(CHILD_OVER_SIX, "The child is 6 years old or older; the linked birth, residence and "
                + "health-insurance procedure is for children under 6. Register the birth directly at the commune.");
    }

    public static Refusal duplicate(CertificateNumber existing, String unitCode) {
        return new Refusal(DUPLICATE_BIRTH, "This child's birth is already registered: " + existing
                + " of unit " + unitCode + ".");
    }

    public static Refusal duplicateInProgress() {
        return new Refusal(DUPLICATE_BIRTH_IN_PROGRESS,
                "This child's birth is already being registered for another dossier.");
    }

    public static Refusal populationRegistryRefused(int status) {
        return new Refusal(POPULATION_REGISTRY_REFUSED, "The population registry refused to allocate a personal ID "
                + "number for the child (HTTP " + status + "); check the child's data and file again.");
    }

    public static Refusal registrationIsLegalRecord(CertificateNumber certificate) {
        return new Refusal(REGISTRATION_IS_LEGAL_RECORD, "The birth is already registered (" + certificate
                + "); a birth registration is a legal record and is not cancelled.");
    }
}
