package vn.lienthong.residence.domain.population;

import java.time.LocalDate;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import vn.lienthong.contracts.Sex;

/**
 * Draws personal ID numbers until one is free. Uniqueness is not left to chance: each candidate is claimed
 * against the registry's unique key, and a taken one is simply drawn again.
 */
public final class PersonalIdAllocator {

    /** Beyond this many taken draws in a row the prefix is close to full; an operator must look. */
    static final int MAX_ATTEMPTS = 32;

    private final IntSupplier serials;

    /** @param serials six random digits per call, 0 to 999,999 (a {@code SecureRandom} in production) */
    public PersonalIdAllocator(IntSupplier serials) {
        this.serials = serials;
    }

    /**
     * The first drawn number that {@code claim} accepts; {@code claim} returns false when the number is taken.
     *
     * @param collisions told once per taken number, for the metric
     */
    public String allocate(String provinceCode, Sex sex, LocalDate dateOfBirth, Predicate<String> claim,
                           Runnable collisions) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String candidate = PersonalIdNumbers.compose(provinceCode, sex, dateOfBirth, serials.getAsInt());
            if (claim.test(candidate)) {
                return candidate;
            }
            collisions.run();
        }
        throw new PrefixExhaustedException();
    }

    /** No free number found after {@link #MAX_ATTEMPTS} draws. */
    public static final class PrefixExhaustedException extends RuntimeException {
        PrefixExhaustedException() {
            super("No free personal ID number found after " + MAX_ATTEMPTS + " draws", null, false, false);
        }
    }
}
