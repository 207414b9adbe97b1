package vn.lienthong.orchestrator.clients;

import feign.FeignException;
import feign.RetryableException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;

/**
 * residence-service's household register, asked at the desk whether the family's household is as declared. When the
 * register cannot answer now (down, slow, or our service token missing or refused), there is no answer: a fault of
 * the platform, not of the dossier, which the desk works around.
 */
@Component
public class Households {

    private static final Logger log = LoggerFactory.getLogger(Households.class);

    private final HouseholdRegistry registry;

    Households(HouseholdRegistry registry) {
        this.registry = registry;
    }

    /** What the register says of a household and which of the given people are its members. */
    public record Membership(String householdNumber, boolean householdExists, @Nullable String provinceCode,
                             @Nullable String commune, @Nullable List<String> memberPersonalIdNumbers) {
    }

    /** The register's answer; empty when it could not give one now (the log says why). */
    public Optional<Membership> membership(String householdNumber, List<String> personalIdNumbers) {
        try {
            return Optional.of(registry.check(new HouseholdRegistry.MembershipQuestion(householdNumber,
                    personalIdNumbers)));
        } catch (RetryableException | FeignException.FeignServerException e) {
            log.warn("Household pre-check unavailable ({}); left to the residence step", e.getClass().getSimpleName());
            return Optional.empty();
        } catch (OAuth2AuthorizationException | FeignException.Unauthorized | FeignException.Forbidden e) {
            // No service token (identity provider unreachable) or the register refused ours; the log says which.
            log.warn("Household pre-check not authorised ({}); left to the residence step",
                    e.getClass().getSimpleName());
            return Optional.empty();
        } catch (FeignException.BadRequest | FeignException.Conflict | FeignException.UnprocessableEntity e) {
            // The register refused the question itself: the number as written is not one it can look up.
            log.info("Household pre-check refused by the register ({})", e.status());
            throw new QuestionRefused();
        } catch (FeignException e) {
            // Any other answer (another 4xx, a body we cannot read): never a 500 of ours. Only the kind is logged.
            log.warn("Household pre-check got an unusable answer ({}, status {})", e.getClass().getSimpleName(),
                    e.status());
            throw new UnusableAnswer();
        }
    }

    /** The register refused the question (400, 409, 422): the household number is not one it accepts. */
    public static final class QuestionRefused extends RuntimeException {
        QuestionRefused() {
            super("the household register refused the question", null, false, false);
        }
    }

    /** The register answered in a way that is neither an answer nor an outage (another 4xx, an unreadable body). */
    public static final class UnusableAnswer extends RuntimeException {
        UnusableAnswer() {
            super("the household register's answer is unusable", null, false, false);
        }
    }
}
