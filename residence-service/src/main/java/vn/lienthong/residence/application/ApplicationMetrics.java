package vn.lienthong.residence.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.lienthong.residence.domain.registration.ApplicationStatus;
import vn.lienthong.residence.persistence.ResidenceApplications;

/**
 * Applications by outcome and by who decided, time from receipt to decision, and the officers' queue (pending and
 * overdue, counted in the database at each scrape). Counted when the transaction commits, so a rolled-back attempt
 * is never counted. No personal data in any tag.
 */
@Component
class ApplicationMetrics {

    private static final Logger log = LoggerFactory.getLogger(ApplicationMetrics.class);

    private final MeterRegistry meters;

    ApplicationMetrics(MeterRegistry meters, ResidenceApplications applications, Clock clock) {
        this.meters = meters;
        Gauge.builder("residence.applications.pending", () -> count(applications::countPending))
                .description("Applications waiting for a police decision").register(meters);
        Gauge.builder("residence.applications.overdue",
                        () -> count(() -> applications.countOverdue(LocalDate.now(clock))))
                .description("Applications waiting for a decision past their due date").register(meters);
    }

    void received() {
        afterCommit(() -> meters.counter("residence.applications.received").increment());
    }

    /** An application reached {@code outcome}, {@code sinceReceipt} after it was received. */
    void outcome(ApplicationStatus outcome, String decidedBy, Duration sinceReceipt) {
        String tag = switch (outcome) {
            case AWAITING_SUPPLEMENT -> "supplement_requested";
            default -> outcome.name().toLowerCase(Locale.ROOT);
        };
        afterCommit(() -> {
            meters.counter("residence.applications", "outcome", tag, "decided_by", decidedBy).increment();
            if (outcome != ApplicationStatus.CANCELLED) {
                Timer.builder("residence.applications.decision.time").tag("outcome", tag)
                        .description("From receipt of an application to a decision on it")
                        .publishPercentileHistogram().register(meters).record(sinceReceipt);
            }
        });
    }

    private static double count(LongSupplier query) {
        try {
            return query.getAsLong();
        } catch (DataAccessException e) {
            log.warn("Cannot count residence applications: {}", e.getClass().getSimpleName());
            return Double.NaN;
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
