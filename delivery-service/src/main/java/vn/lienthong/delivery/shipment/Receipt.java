package vn.lienthong.delivery.shipment;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/** Who received the parcel from an officer (at home or at the desk), and when. The name is stored in NFC. */
public record Receipt(String receivedBy, Instant receivedAt) {

    public Receipt {
        receivedBy = Normalizer.normalize(receivedBy.strip(), Normalizer.Form.NFC);
        if (receivedBy.isEmpty()) {
            throw new IllegalArgumentException("a receipt names who received the parcel");
        }
    }

    /** The same person, ignoring case and normalisation form (DESIGN.md rule 10). */
    boolean sameRecipient(String name) {
        return receivedBy.toLowerCase(Locale.ROOT)
                .equals(Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }
}
