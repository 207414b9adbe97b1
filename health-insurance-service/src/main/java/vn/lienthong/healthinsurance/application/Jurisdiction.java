package vn.lienthong.healthinsurance.application;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.lienthong.healthinsurance.domain.declaration.Declaration;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationQuery;
import vn.lienthong.platform.units.Unit;
import vn.lienthong.platform.units.Units;

/**
 * Which province's social-insurance office a declaration belongs to (DESIGN.md §6): the province of the unit that
 * received it, from the units table every service shares; for a unit not known here, the province the declaration
 * was stored with (the child's). The list's query ({@link #province}) and the single reads ({@link #provinceOf})
 * apply the same rule.
 */
@Component
public class Jurisdiction {

    private final Units units;

    Jurisdiction(Units units) {
        this.units = units;
    }

    public @Nullable String provinceOf(Declaration declaration) {
        return provinceOfUnit(declaration.unitCode()).orElse(declaration.provinceCode());
    }

    /** The province of a unit known here. */
    public Optional<String> provinceOfUnit(String unitCode) {
        return units.find(unitCode).map(Unit::provinceCode);
    }

    /** The search criterion for the declarations of a province. */
    public DeclarationQuery.Province province(String provinceCode) {
        Set<String> ofProvince = units.all().stream().filter(unit -> unit.provinceCode().equals(provinceCode))
                .map(Unit::code).collect(Collectors.toSet());
        Set<String> known = units.all().stream().map(Unit::code).collect(Collectors.toSet());
        return new DeclarationQuery.Province(provinceCode, ofProvince, known);
    }
}
