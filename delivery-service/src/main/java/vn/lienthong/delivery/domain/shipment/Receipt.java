package vn.lienthong.delivery.domain.shipment;

import java.time.Instant;
import vn.lienthong.platform.text.VietnameseText;

/** Who received the parcel from an officer (at home or at the desk), and when. The name is stored in NFC. */
public record Receipt(String receivedBy, Instant receivedAt) {

    public Receipt {
        receivedBy = VietnameseText.stored(receivedBy);
        if (receivedBy.isEmpty()) {
            throw new IllegalArgumentException("a receipt names who received the parcel");
        }
    }

    /** The same person, ignoring case, normalisation form and spacing (DESIGN.md rule 10). */
    boolean sameRecipient(String name) {
        return VietnameseText.same(receivedBy, name);
    }
}
