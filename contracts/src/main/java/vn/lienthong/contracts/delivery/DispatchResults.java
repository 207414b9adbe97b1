package vn.lienthong.contracts.delivery;

import java.util.List;
import java.util.UUID;

/** Send every result of the dossier in one parcel; {@code beneficiary} may be null. */
public record DispatchResults(
        UUID dossierId,
        String dossierCode,
        String unitCode,
        String provinceCode,
        List<ResultDocument> documents,
        DeliveryMethod method,
        String recipientName,
        String address,
        String phone,
        Beneficiary beneficiary) implements DeliveryCommand {
}
