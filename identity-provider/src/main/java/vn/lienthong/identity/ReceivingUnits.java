package vn.lienthong.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The receiving units as {@code lienthong-units.yml} lists them ({@code lienthong.units[]}). */
@ConfigurationProperties("lienthong")
public record ReceivingUnits(List<UnitRecord> units) {

    public ReceivingUnits {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
