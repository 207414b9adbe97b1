package vn.lienthong.residence.domain.household;

import vn.lienthong.platform.text.VietnameseText;

/** Where a household lives. The commune is free text (units name theirs the same way); stored in NFC. */
public record Address(String provinceCode, String commune, String street) {

    public Address {
        commune = VietnameseText.stored(commune);
        street = VietnameseText.stored(street);
    }

    /** One line, as printed on a residence confirmation: street, commune, province. */
    public String summary(String provinceName) {
        return street + ", " + commune + ", " + provinceName;
    }
}
