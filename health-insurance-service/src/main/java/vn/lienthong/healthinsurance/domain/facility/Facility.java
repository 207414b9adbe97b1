package vn.lienthong.healthinsurance.domain.facility;

import org.jspecify.annotations.Nullable;
import vn.lienthong.platform.text.VietnameseText;

/**
 * A primary-care facility (cơ sở KCB ban đầu) that may be named on a BHYT card.
 *
 * @param code the 5-character KCB code: 2-digit province prefix of the social-insurance system + 3 characters
 * @param provinceCode 3-digit province code (DESIGN.md rule 1) of the province it serves
 * @param commune the commune a health station serves; null for a hospital
 * @param rank the catalogue's order within the province: the first is the default when no commune station matches
 */
public record Facility(String code, String name, String provinceCode, @Nullable String commune, FacilityKind kind,
                       int rank) {

    public boolean serves(String provinceCode) {
        return this.provinceCode.equals(provinceCode);
    }

    public boolean isHealthStationOf(String provinceCode, @Nullable String commune) {
        return kind == FacilityKind.COMMUNE_HEALTH_STATION && serves(provinceCode)
                && VietnameseText.same(this.commune, commune);
    }
}
