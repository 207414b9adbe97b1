package vn.lienthong.contracts.delivery;

import java.util.List;
import java.util.UUID;

/**
 * Send every result of the dossier in one parcel; {@code beneficiary} may be null.
 *
 * <p>Two provinces, not one: {@code provinceCode} is the receiving unit's (where the parcel leaves from), and
 * {@code destinationProvinceCode} the province of the address it goes to, which picks the postage zone
 * (DESIGN.md rule 9). The destination fields came later (additive change): a command without them is one sent
 * before they existed, and its destination is taken to be the receiving unit's province.
 *
 * @param provinceCode the receiving unit's province (3 digits, Circular 07/2016)
 * @param address the one free-text postal address line, as the desk typed it
 * @param destinationProvinceCode the destination's province (3 digits); null in commands sent before it existed
 * @param destinationCommune the destination's commune (ward), when the desk gave it; may be null
 * @param destinationStreet the destination's street and house number, when the desk gave it; may be null
 */
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
        Beneficiary beneficiary,
        String destinationProvinceCode,
        String destinationCommune,
        String destinationStreet) implements DeliveryCommand {
}
