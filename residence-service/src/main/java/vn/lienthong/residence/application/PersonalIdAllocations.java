package vn.lienthong.residence.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lienthong.platform.web.DomainException;
import vn.lienthong.residence.domain.population.AllocationRequest;
import vn.lienthong.residence.domain.population.PersonalIdAllocator;
import vn.lienthong.residence.domain.population.PersonalIdNumbers;
import vn.lienthong.residence.domain.population.ProvinceCodes;
import vn.lienthong.residence.persistence.PopulationRegistry;

/** Allocates personal ID numbers (DESIGN.md rule 1), once per caller's idempotency key. */
@Service
public class PersonalIdAllocations {

    /** The number for the key, and whether this call allocated it (false: a replay of an earlier call). */
    public record Outcome(String personalIdNumber, boolean allocatedNow) {
    }

    private final PopulationRegistry registry;
    private final ProvinceCodes provinces;
    private final PersonalIdAllocator allocator;
    private final Counter allocated;
    private final Counter replayed;
    private final Counter collisions;

    PersonalIdAllocations(PopulationRegistry registry, ProvinceCodes provinces, PersonalIdAllocator allocator,
                          MeterRegistry meters) {
        this.registry = registry;
        this.provinces = provinces;
        this.allocator = allocator;
        this.allocated = meters.counter("residence.personalids.allocations", "outcome", "allocated");
        this.replayed = meters.counter("residence.personalids.allocations", "outcome", "replayed");
        this.collisions = meters.counter("residence.personalids.collisions");
    }

    @Transactional
    public Outcome allocate(String idempotencyKey, AllocationRequest request) {
        if (!provinces.isKnown(request.provinceCode())) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "unknown-province-code", "Unknown province code",
                    "The province code is not in the list of Circular 07/2016/TT-BCA.");
        }
        if (!PersonalIdNumbers.isBirthYearCovered(request.dateOfBirth().getYear())) {
            throw new DomainException(HttpStatus.BAD_REQUEST, "birth-year-out-of-range", "Birth year out of range",
                    "Personal ID numbers cover births from " + PersonalIdNumbers.FIRST_BIRTH_YEAR + " to "
                            + PersonalIdNumbers.LAST_BIRTH_YEAR + ".");
        }
        registry.lockIdempotencyKey(idempotencyKey);
        String fingerprint = request.fingerprint();
        var earlier = registry.allocationFor(idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().fingerprint().equals(fingerprint)) {
                throw new DomainException(HttpStatus.CONFLICT, "idempotency-key-reused", "Idempotency key reused",
                        "This Idempotency-Key was already used for a different request.");
            }
            replayed.increment();
            return new Outcome(earlier.get().personalIdNumber(), false);
        }
        String number;
        try {
            number = allocator.allocate(request.provinceCode(), request.sex(), request.dateOfBirth(),
                    candidate -> registry.claim(request.person(candidate)), collisions::increment);
        } catch (PersonalIdAllocator.PrefixExhaustedException e) {
            throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "personal-id-numbers-exhausted",
                    "No free personal ID number", "No free number was found for this province and birth year.");
        }
        registry.recordAllocation(idempotencyKey, new PopulationRegistry.Allocation(number, fingerprint));
        allocated.increment();
        return new Outcome(number, true);
    }
}
