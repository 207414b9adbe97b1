package vn.lienthong.civilregistry.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.lienthong.civilregistry.domain.Channel;
import vn.lienthong.civilregistry.domain.Timeliness;
import vn.lienthong.civilregistry.persistence.PendingRegistrations;

/**
 * Metrics of birth registration, counted when the transaction that decided commits (a rolled-back attempt
 * counts nothing). Tags carry codes only, never personal data.
 * <ul>
 *   <li>{@code civilregistry.registrations} — births registered, by {@code timeliness} and {@code channel}</li>
 *   <li>{@code civilregistry.refusals} — declarations refused, by {@code reason} code and {@code channel}</li>
 *   <li>{@code civilregistry.cancellations} — CancelBirthRegistration answers, by {@code outcome}</li>
 *   <li>{@code civilregistry.registrations.awaiting.personalid} — births waiting for the population registry</li>
 * </ul>
 */
@Component
class RegistrationMetrics {

    private final MeterRegistry meters;

    RegistrationMetrics(MeterRegistry meters, PendingRegistrations pending) {
        this.meters = meters;
        Gauge.builder("civilregistry.registrations.awaiting.personalid", pending, PendingRegistrations::count)
                .description("Births of linked dossiers waiting for their personal ID number")
                .register(meters);
    }

    void registered(Timeliness timeliness, Channel channel) {
        afterCommit(() -> meters.counter("civilregistry.registrations",
                "timeliness", timeliness.name(), "channel", channel.name()).increment());
    }

    void refused(String reasonCode, Channel channel) {
        afterCommit(() -> meters.counter("civilregistry.refusals", "reason", reasonCode, "channel", channel.name()).increment());
    }

    void cancellation(String outcome) {
        afterCommit(() -> meters.counter("civilregistry.cancellations", "outcome", outcome).increment());
    }

    static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
