package vn.lienthong.delivery.shipment;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/** To whom the parcel goes; text stored in Unicode NFC (DESIGN.md rule 10). Personal data: never logged. */
public record Recipient(String name, @Nullable String address, @Nullable String phone) {

    public Recipient {
        name = nfc(name);
        address = address == null || address.isBlank() ? null : nfc(address);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
