package vn.lienthong.healthinsurance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.lienthong.healthinsurance.domain.card.Card;
import vn.lienthong.healthinsurance.domain.card.CardStatus;
import vn.lienthong.healthinsurance.domain.facility.Facility;
import vn.lienthong.healthinsurance.persistence.Cards;
import vn.lienthong.healthinsurance.persistence.Facilities;

/**
 * The officer's or clinic's check of a card on a date. A card number is a personal ID number, so it
 * travels in the request body, never in a URL (DESIGN.md rule 12): URLs end up in access logs and proxies.
 */
@Tag(name = "Card checks", description = "Is a BHYT card valid on a given day?")
@RestController
@RequestMapping("/api/v1/card-checks")
// Any province's officer: a card is valid nationwide, and facilities of any province check cards.
@PreAuthorize("hasRole('INSURANCE_OFFICER')")
class CardChecksController {

    private static final String CARD_NUMBER = "^[0-9]{12}$";

    /** @param on the day to check; today (Asia/Ho_Chi_Minh) when absent */
    @Schema(example = """
            {"cardNumber": "001325000123", "on": "2025-03-24"}""")
    record CardCheckRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The card number: the holder's "
                    + "12-digit personal ID number", pattern = CARD_NUMBER, minLength = 12, maxLength = 12,
                    example = "001325000123")
            @NotNull @Pattern(regexp = CARD_NUMBER, message = "must be a 12-digit card number") @Nullable String cardNumber,
            @Schema(description = "The day to check, from 1900-01-01 to 2999-12-31; today (Asia/Ho_Chi_Minh) when "
                    + "absent", example = "2025-03-24")
            @CalendarDay @Nullable LocalDate on) {
    }

    /** The answer; the card's details are null when {@code status} is {@code UNKNOWN}. */
    record CardCheckResponse(String cardNumber, LocalDate on, CardStatus status, boolean valid,
                             @Nullable String benefitCode, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
                             @Nullable String facilityCode, @Nullable String facilityName) {
    }

    private final Cards cards;
    private final Facilities facilities;
    private final Validator validator;
    private final Clock clock;

    CardChecksController(Cards cards, Facilities facilities, Validator validator, Clock clock) {
        this.cards = cards;
        this.facilities = facilities;
        this.validator = validator;
        this.clock = clock;
    }

    @Operation(summary = "Check a card's validity on a day (default today)")
    @ResponseStatus(HttpStatus.OK)
    @PostMapping
    CardCheckResponse checkCard(@RequestBody CardCheckRequest request) {
        valid(request);
        String number = Objects.requireNonNull(request.cardNumber());
        LocalDate on = request.on() != null ? request.on() : LocalDate.now(clock);
        Optional<Card> found = cards.find(number);
        if (found.isEmpty()) {
            return new CardCheckResponse(number, on, CardStatus.UNKNOWN, false, null, null, null, null, null);
        }
        Card card = found.get();
        CardStatus status = card.statusOn(on);
        String facilityName = facilities.find(card.facilityCode()).map(Facility::name).orElse(null);
        return new CardCheckResponse(number, on, status, status == CardStatus.VALID, card.benefitCode(),
                card.validity().from(), card.validity().to(), card.facilityCode(), facilityName);
    }

    /**
     * Validates a request body once the caller is known to be allowed: a refused caller gets its 403 or 404, never
     * a 400 describing the body ({@code @Valid} would run before the access rules).
     */
    private <T> T valid(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
