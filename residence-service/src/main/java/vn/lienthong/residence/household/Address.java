package vn.lienthong.residence.household;

import vn.lienthong.residence.population.Names;

/** Where a household lives. The commune is free text (units name theirs the same way); stored in NFC. */
public record Address(String provinceCode, String commune, String street) {

    public Address {
        commune = Names.normalise(commune);
        street = Names.normalise(street);
    }

    /** One line, as printed on a residence confirmation: street, commune, province. */
    public String summary(String provinceName) {
        return street + ", " + commune + ", " + provinceName;
    }
}
