package vn.lienthong.civilregistry.application;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lienthong.civilregistry.clients.Allocation;
import vn.lienthong.civilregistry.clients.PersonalIdAllocator;
import vn.lienthong.civilregistry.config.RegistrationProperties;
import vn.lienthong.civilregistry.persistence.PendingRegistrations;
import vn.lienthong.platform.observability.Correlation;
import vn.lienthong.platform.participant.Replies;

/**
 * Completes the births awaiting their personal ID number, one at a time, each in one transaction that holds
 * the birth's queue row while the population registry is called. That transaction either registers the birth
 * and sends {@code BirthRegistered} (or a refusal) as the dossier's reply, or, when the registry is away, only
 * postpones the next call with exponential backoff; a crash mid-call rolls it back and the birth is simply due
 * again. The idempotency key makes every repeated call return the same number.
 *
 * <p>Why not db-scheduler: the queue row is the domain's own state (a cancellation removes it, duplicates are
 * checked against it, replies depend on it), so it has to change in the same transaction as the command and
 * the outbox; a scheduler's task table would be a second copy of it, and its running executions cannot be
 * cancelled atomically. Holding a connection during the call costs one pooled connection, bounded by the
 * client's timeouts and attempts, and in return a cancellation waits for the call instead of racing it.
 *
 * <p>Stopping interrupts the worker, so no further attempt of the call is made, and waits at most
 * {@link #STOP_WAIT} for the attempt under way (bounded by the client's timeouts); a worker still busy after that
 * is abandoned like a crash mid-call: its transaction rolls back and the birth is due again at the next start.
 */
@Component
class PendingRegistrationWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PendingRegistrationWorker.class);

    enum Outcome { IDLE, DONE, REGISTRY_UNAVAILABLE }

    /** How long stopping waits for the call under way: one attempt's connect and read timeouts, with room to spare. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final PendingRegistrations pending;
    private final BirthRegistrar registrar;
    private final PersonalIdAllocator allocator;
    private final Replies replies;
    private final TransactionTemplate transactions;
    private final PendingWakeUp wakeUp;
    private final RetryBackoff backoff;
    private final Duration pollInterval;
    private volatile boolean running;
    private @Nullable Thread thread;

    PendingRegistrationWorker(PendingRegistrations pending, BirthRegistrar registrar, PersonalIdAllocator allocator,
                              Replies replies, TransactionTemplate transactions, PendingWakeUp wakeUp,
                              RegistrationProperties properties) {
        this.pending = pending;
        this.registrar = registrar;
        this.allocator = allocator;
        this.replies = replies;
        this.transactions = transactions;
        this.wakeUp = wakeUp;
        var retry = properties.pendingRetry();
        this.backoff = new RetryBackoff(retry.initialInterval(), retry.maxInterval());
        this.pollInterval = retry.pollInterval();
    }

    /** Works on the next due birth, if any. */
    Outcome processNext() {
        return transactions.execute(status -> pending.lockNextDue().map(birth -> {
            try (var trace = Correlation.continueTrace(birth.traceparent());
                 var dossier = Correlation.dossier(birth.dossierId().value())) {
                var child = birth.declaration().requiredChild();
                Allocation allocation = allocator.allocate(birth.allocationKey(), birth.provinceCode(), child.fullName(),
                        child.sex(), child.dateOfBirth());
                if (allocation instanceof Allocation.Unavailable unavailable) {
                    Duration wait = backoff.after(birth.attempts() + 1);
                    pending.postpone(birth.dossierId(), wait, unavailable.reason());
                    log.info("Population registry unavailable ({}); birth retried in {} (attempt {})",
                            unavailable.reason(), wait, birth.attempts() + 1);
                    return Outcome.REGISTRY_UNAVAILABLE;
                }
                replies.send(registrar.complete(birth, allocation));
                return Outcome.DONE;
            }
        }).orElse(Outcome.IDLE));
    }

    private void run() {
        while (running) {
            try {
                // Keep going while there is work; when the registry is away the others would fail alike, so wait.
                if (processNext() != Outcome.DONE) {
                    wakeUp.await(pollInterval);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    // Interrupted by stop(): whatever the transaction did is rolled back, the birth is due again.
                    return;
                }
                log.warn("Births awaiting a personal ID number could not be worked on; trying again shortly", e);
                try {
                    wakeUp.await(pollInterval);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("civil-registry-pending-births").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        // Ends a wait for work or between attempts at once; a call in flight ends at its timeout.
        thread.interrupt();
        try {
            if (!thread.join(STOP_WAIT)) {
                log.warn("Stopped without waiting longer for the population registry; the birth is retried at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
