package vn.lienthong.delivery.domain.shipment;

/** Who told us what happened to a parcel. */
public enum ReportSource { CARRIER, SIMULATED_CARRIER, OFFICER }
