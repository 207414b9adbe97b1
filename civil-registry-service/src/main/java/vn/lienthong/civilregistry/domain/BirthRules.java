package vn.lienthong.civilregistry.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.lienthong.contracts.Refusal;

/**
 * The registry's own rules for a declaration, as named functions: who may be registered in a linked dossier (born,
 * and under 6), and whether the declaration came within the deadline.
 */
public final class BirthRules {

    /** Law on Civil Status, art. 15: within 60 days of the birth; the day of birth itself does not count. */
    public static final int ON_TIME_DAYS = 60;
    /** The linked 3-in-1 procedure is for children under 6 (Decree 63/2024). */
    public static final int LINKED_DOSSIER_AGE_LIMIT = 6;

    private BirthRules() {
    }

    /**
     * Why the declaration, received on {@code receivedOn}, cannot be registered; empty when it can, as far as
     * the declaration alone tells (the unit and duplicates are checked against the registry's data).
     */
    public static Optional<Refusal> refusalOf(BirthDeclaration declaration, LocalDate receivedOn, Channel channel) {
        List<String> problems = declaration.missingOrMalformed();
        if (!problems.isEmpty()) {
            return Optional.of(Refusals.incomplete(problems));
        }
        LocalDate born = declaration.requiredChild().dateOfBirth();
        if (born.isAfter(receivedOn)) {
            return Optional.of(Refusals.birthDateInFuture());
        }
        if (channel == Channel.LINKED_DOSSIER && !isUnderSix(born, receivedOn)) {
            return Optional.of(Refusals.childOverSix());
        }
        return Optional.empty();
    }

    /** On time when declared at most {@value #ON_TIME_DAYS} days after the day of birth, late afterwards. */
    public static Timeliness timeliness(LocalDate dateOfBirth, LocalDate receivedOn) {
        return receivedOn.isAfter(dateOfBirth.plusDays(ON_TIME_DAYS)) ? Timeliness.LATE : Timeliness.ON_TIME;
    }

    /** Under 6 on {@code day}: the sixth birthday has not come yet. */
    public static boolean isUnderSix(LocalDate dateOfBirth, LocalDate day) {
        return day.isBefore(dateOfBirth.plusYears(LINKED_DOSSIER_AGE_LIMIT));
    }
}
