package vn.lienthong.residence.config;

import java.security.SecureRandom;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienthong.platform.units.Units;
import vn.lienthong.residence.domain.population.PersonalIdAllocator;
import vn.lienthong.residence.domain.population.PersonalIdNumbers;
import vn.lienthong.residence.domain.population.ProvinceCodes;

@Configuration(proxyBeanMethods = false)
class PopulationConfiguration {

    /**
     * The Circular 07/2016 list. Every configured unit's province code ({@code lienthong.units}, the unit → province
     * table the civil registry allocates with) must be on it: a unit that could never get a number fails the start.
     */
    @Bean
    ProvinceCodes provinceCodes(Units units) {
        ProvinceCodes codes = ProvinceCodes.circular07();
        List<String> unknown = units.all().stream().filter(unit -> !codes.isKnown(unit.provinceCode()))
                .map(unit -> unit.code() + " (" + unit.provinceCode() + ")").toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Units with a province code not in Circular 07/2016: " + unknown);
        }
        return codes;
    }

    /** The six digits are unpredictable, so a number reveals nothing about how many were issued before it. */
    @Bean
    PersonalIdAllocator personalIdAllocator() {
        var random = new SecureRandom();
        return new PersonalIdAllocator(() -> random.nextInt(PersonalIdNumbers.SERIALS));
    }
}
