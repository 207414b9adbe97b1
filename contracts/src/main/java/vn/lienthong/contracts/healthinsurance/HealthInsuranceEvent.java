package vn.lienthong.contracts.healthinsurance;

import vn.lienthong.contracts.Message;

/** Events published by health-insurance-service on {@code health-insurance.events}. */
public sealed interface HealthInsuranceEvent extends Message
        permits HealthInsuranceCardIssued, HealthInsuranceCardRefused, HealthInsuranceSupplementRequested,
                HealthInsuranceCardCancelled, HealthInsuranceCancellationRefused {
}
