package vn.lienthong.healthinsurance.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.lienthong.healthinsurance.domain.declaration.DecidedBy;
import vn.lienthong.healthinsurance.domain.declaration.Declaration;
import vn.lienthong.healthinsurance.domain.declaration.DeclarationStatus;
import vn.lienthong.healthinsurance.persistence.Declarations;

/**
 * The service's business metrics. Tags carry codes and outcomes only, never personal data. The
 * gauges count the queue in the database at scrape time (cached for a few seconds, so one scrape
 * runs one query for all three).
 */
@Component
class DeclarationMetrics {

    private static final Duration GAUGE_CACHE = Duration.ofSeconds(5);

    private final MeterRegistry meters;
    private final Declarations declarations;
    private final Clock clock;
    private Declarations.@Nullable OpenCounts counts;
    private Instant countedAt = Instant.MIN;

    DeclarationMetrics(MeterRegistry meters, Declarations declarations, Clock clock) {
        this.meters = meters;
        this.declarations = declarations;
        this.clock = clock;
        gauge("healthinsurance.declarations.pending", "Declarations waiting for the office",
                Declarations.OpenCounts::pending);
        gauge("healthinsurance.declarations.awaiting.supplement", "Declarations waiting for missing items",
                Declarations.OpenCounts::awaitingSupplement);
        gauge("healthinsurance.declarations.overdue", "Declarations waiting for the office past their due date",
                Declarations.OpenCounts::overdue);
    }

    void received(Declaration declaration) {
        Counter.builder("healthinsurance.declarations.received")
                .description("Declarations received from linked dossiers")
                .tag("due.date", declaration.dueDateProvisional() ? "provisional" : "settled")
                .register(meters).increment();
    }

    /** A declaration settled (issued or refused): counts it and times declaration to decision. */
    void settled(Declaration declaration, boolean newCard) {
        DecidedBy by = Objects.requireNonNull(declaration.decidedBy());
        Instant decidedAt = Objects.requireNonNull(declaration.decidedAt());
        String outcome = switch (declaration.status()) {
            case ISSUED -> newCard ? "issued" : "existing-card";
            case REFUSED -> "refused";
            default -> throw new IllegalArgumentException("not settled: " + declaration.status());
        };
        if (declaration.status() == DeclarationStatus.ISSUED && newCard) {
            Counter.builder("healthinsurance.cards.issued").description("BHYT cards issued")
                    .tag("decided.by", tag(by)).register(meters).increment();
        }
        if (declaration.status() == DeclarationStatus.ISSUED && !newCard) {
            Counter.builder("healthinsurance.cards.existing.returned")
                    .description("Declarations answered with the card the child already held")
                    .register(meters).increment();
        }
        if (declaration.status() == DeclarationStatus.REFUSED) {
            Counter.builder("healthinsurance.declarations.refused").description("Declarations refused, by reason code")
                    .tag("reason", Objects.requireNonNull(declaration.refusal()).code())
                    .tag("decided.by", tag(by))
                    .register(meters).increment();
        }
        Timer.builder("healthinsurance.declarations.decision.time")
                .description("From a declaration's receipt to its decision")
                .tag("outcome", outcome)
                .tag("decided.by", tag(by))
                .publishPercentileHistogram()
                .register(meters)
                .record(Duration.between(declaration.receivedAt(), decidedAt));
    }

    void supplementRequested() {
        Counter.builder("healthinsurance.declarations.supplements.requested")
                .description("Supplement requests sent to families").register(meters).increment();
    }

    void cancelled() {
        Counter.builder("healthinsurance.declarations.cancelled")
                .description("Open declarations cancelled with their withdrawn dossier").register(meters).increment();
    }

    void replayed(String command) {
        Counter.builder("healthinsurance.commands.replayed")
                .description("Commands for a dossier already handled, answered with the same reply")
                .tag("command", command).register(meters).increment();
    }

    private void gauge(String name, String description, ToDoubleFunction<Declarations.OpenCounts> value) {
        Gauge.builder(name, this, metrics -> value.applyAsDouble(metrics.counts()))
                .description(description).register(meters);
    }

    private synchronized Declarations.OpenCounts counts() {
        Instant now = clock.instant();
        if (counts == null || now.isAfter(countedAt.plus(GAUGE_CACHE))) {
            counts = declarations.openCounts(LocalDate.now(clock));
            countedAt = now;
        }
        return counts;
    }

    private static String tag(DecidedBy by) {
        return by.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
