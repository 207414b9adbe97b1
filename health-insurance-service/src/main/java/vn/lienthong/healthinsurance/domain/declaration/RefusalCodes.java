package vn.lienthong.healthinsurance.domain.declaration;

/**
 * Stable codes of refusals (in {@code HealthInsuranceCardRefused} and {@code HealthInsuranceCancellationRefused})
 * besides the facility ones of {@link vn.lienthong.healthinsurance.domain.facility.PrimaryCareFacilities}.
 */
public final class RefusalCodes {
    public static final String CHILD_NOT_UNDER_SIX = "child-not-under-six";
    public static final String BIRTH_DATE_IN_FUTURE = "birth-date-in-future";
    public static final String PROVINCE_UNKNOWN = "province-unknown";
    public static final String DECLARATION_INCOMPLETE = "declaration-incomplete";
    public static final String REFUSED_BY_OFFICE = "refused-by-office";
    public static final String CARD_ALREADY_ISSUED = "card-already-issued";

    private RefusalCodes() {
    }
}
