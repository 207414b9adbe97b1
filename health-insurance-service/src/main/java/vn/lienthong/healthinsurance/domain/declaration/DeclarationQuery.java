package vn.lienthong.healthinsurance.domain.declaration;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search of the office's queue; absent criteria match everything.
 *
 * @param province only the declarations of this province
 * @param dueBefore only declarations due strictly before this day
 * @param limit at most this many, most urgent first
 */
public record DeclarationQuery(@Nullable Province province, @Nullable DeclarationStatus status,
                               @Nullable String unitCode, @Nullable LocalDate dueBefore, @Nullable String dossierCode,
                               int limit) {

    /**
     * A province's declarations: those received by one of its units, and those received by a unit not known here
     * that were stored with this province.
     *
     * @param code the 3-digit province code
     * @param unitCodes the province's units
     * @param knownUnitCodes every unit known here, of any province
     */
    public record Province(String code, Set<String> unitCodes, Set<String> knownUnitCodes) {
        public Province {
            unitCodes = Set.copyOf(unitCodes);
            knownUnitCodes = Set.copyOf(knownUnitCodes);
        }
    }
}
