package vn.lienthong.healthinsurance.domain.facility;

public enum FacilityKind {
    /** Trạm y tế xã/phường: the default primary-care facility of the commune's children. */
    COMMUNE_HEALTH_STATION,
    HOSPITAL
}
