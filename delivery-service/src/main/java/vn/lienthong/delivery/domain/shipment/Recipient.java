package vn.lienthong.delivery.domain.shipment;

import org.jspecify.annotations.Nullable;
import vn.lienthong.platform.text.VietnameseText;

/** To whom the parcel goes; text stored in Unicode NFC (DESIGN.md rule 10). Personal data: never logged. */
public record Recipient(String name, @Nullable String address, @Nullable String phone) {

    public Recipient {
        name = VietnameseText.stored(name);
        address = address == null || address.isBlank() ? null : VietnameseText.stored(address);
        phone = phone == null || phone.isBlank() ? null : phone.strip();
    }
}
