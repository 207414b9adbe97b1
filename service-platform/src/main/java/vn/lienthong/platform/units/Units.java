package vn.lienthong.platform.units;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configured receiving units ({@code lienthong.units}). Every service reads the same table, so a unit's
 * province is the same for the desk, the civil registry and the population registry.
 */
@ConfigurationProperties("lienthong")
public record Units(@DefaultValue List<Unit> units) {

    public Units {
        units = List.copyOf(units);
    }

    public List<Unit> all() {
        return units;
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    private Map<String, Unit> byCode() {
        return units.stream().collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a));
    }
}
