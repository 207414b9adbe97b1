package vn.lienthong.contracts.healthinsurance;

import vn.lienthong.contracts.Message;

/** Commands consumed by health-insurance-service from {@code health-insurance.commands}. */
public sealed interface HealthInsuranceCommand extends Message
        permits IssueHealthInsuranceCard, SupplementHealthInsuranceDeclaration, CancelHealthInsuranceCard {
}
