package vn.lienthong.delivery.domain.postage;

import org.jspecify.annotations.Nullable;
import vn.lienthong.contracts.delivery.DispatchResults;

/**
 * Where a parcel travels, by 3-digit province code (DESIGN.md rule 1): from the receiving unit's province to the
 * destination's. The two decide the tariff's zone (rule 9).
 *
 * @param origin the province the parcel leaves from: the receiving unit's
 * @param destination the province of the address it goes to
 */
public record Route(String origin, String destination) {

    /**
     * The route of a command's parcel: to its destination's province. A command sent before destinations were part
     * of {@code DispatchResults} names none; its parcel is taken to go to the receiving unit's province, as such
     * commands were always charged.
     *
     * @param receivingUnitProvince the receiving unit's province as configured here, or null when the unit is not
     *     configured here (the command's {@code provinceCode} names it then)
     */
    public static Route of(DispatchResults command, @Nullable String receivingUnitProvince) {
        String origin = receivingUnitProvince != null ? receivingUnitProvince : command.provinceCode();
        String destination = command.destinationProvinceCode();
        return new Route(origin,
                destination == null || destination.isBlank() ? command.provinceCode() : destination.strip());
    }
}
